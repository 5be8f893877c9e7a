package org.rhetorica.train.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.rhetorica.analysis.claims.SentenceFeatures;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.Span;
import org.rhetorica.io.InvalidInputException;
import org.rhetorica.models.Encoding;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.train.Split;

/**
 * CheckThat! 2024 English check-worthiness sentences ({@code Sentence_id<TAB>Text<TAB>Yes|No}), each
 * encoded and turned into {@link SentenceFeatures}. The corpus gives no debate per sentence, but its
 * ids run in order through each debate: {@link Split} decides by blocks of {@value #BLOCK} consecutive
 * ids, so held-out sentences come in whole passages, never with their neighbours in training.
 */
record CheckWorthinessData(List<Sentence> sentences) {
    static final int BLOCK = 100;
    static final String SPLIT_RULE = Split.RULE + ", the document id being the sentence id divided by " + BLOCK;

    record Sentence(String id, String text, boolean checkWorthy, float[] features) {
        Split part() {
            return Split.of("checkworthy-" + Long.parseLong(id) / BLOCK);
        }
    }

    List<Sentence> part(Split part) {
        return sentences.stream().filter(s -> part == Split.ALL || s.part() == part).toList();
    }

    static List<Path> files(Path data) {
        try (var listing = Files.list(data)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(data + ": cannot list it (" + e.getMessage() + ")", e);
        }
    }

    /** Reads every TSV file of {@code data} and encodes its sentences on {@code threads} threads. */
    static CheckWorthinessData read(Path data, Resources resources, int threads) {
        List<String[]> rows = new ArrayList<>();
        for (Path file : files(data)) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            for (int n = 1; n < lines.size(); n++) {
                String[] fields = lines.get(n).split("\t");
                if (fields.length != 3 || !fields[0].strip().matches("\\d+")) {
                    throw new InvalidInputException(file + ":" + (n + 1) + ": not Sentence_id<TAB>Text<TAB>Yes|No");
                }
                rows.add(fields);
            }
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(data + ": no check-worthiness TSV files here");
        }
        Pipeline pipeline = Pipeline.producing(resources, Set.of(Encoding.VECTORS));
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<Sentence> sentences = pool.submit(() -> rows.parallelStream().map(fields -> {
                String text = fields[1].strip();
                Document doc = pipeline.annotate(Document.of(text, Metadata.of(fields[0].strip(), new Origin(data.toString(), 0, text.length(), fields[0].strip()))));
                return new Sentence(fields[0].strip(), text, fields[2].strip().equalsIgnoreCase("yes"),
                        SentenceFeatures.of(doc, new Span(0, text.length())));
            }).toList()).join();
            return new CheckWorthinessData(sentences);
        } finally {
            pool.shutdown();
        }
    }
}
