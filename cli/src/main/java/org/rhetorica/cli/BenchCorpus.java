package org.rhetorica.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.IngestOptions;

/**
 * The benchmark's corpus, made at run time from real articles and never kept: as many documents as
 * asked, each an article of the source folder as it is (first round) or with its paragraphs shuffled
 * and one left out (later rounds), given an outlet of twelve and a date in 2020 to 2024 by a seeded
 * random draw, so that facets and charts have something to count.
 */
final class BenchCorpus {
    static final List<String> OUTLETS = List.of("Harbour Herald", "Valley Courier", "Metro Daily", "Coastal Wire", "Northern Post",
            "Evening Ledger", "Plains Tribune", "River Times", "Capital Record", "Summit Journal", "Lakeside News", "Border Gazette");

    private BenchCorpus() {}

    /** Writes {@code count} documents as JSON Lines to {@code out}; returns how many source articles they came from. */
    static int write(List<String> sources, int count, Path out) throws IOException {
        List<Document> articles = new ArrayList<>();
        Ingest ingest = new Ingest(IngestOptions.defaults());
        ingest.discover(sources, failure -> { }).forEach(file -> ingest.read(file, articles::add, failure -> { }));
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to make the benchmark's corpus from in " + sources);
        }
        Files.createDirectories(out.getParent());
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Document article = articles.get(i % articles.size());
                Random random = new Random(i);
                String text = i < articles.size() ? article.text() : shuffled(article.text(), random);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", "bench-" + i);
                line.put("title", text.lines().findFirst().orElse("").strip());
                line.put("source", OUTLETS.get(Math.floorMod(article.id().hashCode() + i / articles.size(), OUTLETS.size())));
                line.put("published", LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5 * 365)).toString());
                line.put("text", text);
                writer.write(DocumentJson.mapper().writeValueAsString(line));
                writer.newLine();
            }
        }
        return articles.size();
    }

    /**
     * {@code count} results: those of {@code results} and then copies of them under other ids, outlets and
     * dates, with the same text and layers, for an index of realistic size from fewer analyses.
     */
    static void copies(Path results, int count, Path out, org.rhetorica.doc.LayerRegistry layers) throws IOException {
        List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        Files.createDirectories(out.getParent());
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Document doc = DocumentJson.read(lines.get(i % lines.size()), layers);
                if (i >= lines.size()) {
                    Random random = new Random(i);
                    org.rhetorica.doc.Metadata m = doc.metadata();
                    doc = doc.with(new org.rhetorica.doc.Metadata("bench-copy-" + i, m.origin(), m.title(), m.author(),
                            LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5 * 365)).toString(), org.rhetorica.doc.Metadata.FROM_OPTION,
                            OUTLETS.get(random.nextInt(OUTLETS.size())),
                            m.url(), m.language(), m.warnings(), m.pipeline()));
                }
                writer.write(DocumentJson.toLine(doc));
                writer.newLine();
            }
        }
    }

    /** Sentence vectors remembered by text, so that copies of a document are encoded once. */
    record RememberedVectors(org.rhetorica.index.SentenceVectors vectors, java.util.Map<String, float[][]> known)
            implements org.rhetorica.index.SentenceVectors {
        RememberedVectors(org.rhetorica.index.SentenceVectors vectors) {
            this(vectors, new java.util.concurrent.ConcurrentHashMap<>());
        }

        @Override
        public float[][] sentences(Document doc) {
            return known.computeIfAbsent(doc.text(), text -> vectors.sentences(doc));
        }

        @Override
        public float[] query(String text) {
            return vectors.query(text);
        }

        @Override
        public int dimension() {
            return vectors.dimension();
        }
    }

    /** The first paragraph (the headline) stays; the others are shuffled, and one is left out when there are four or more. */
    private static String shuffled(String text, Random random) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(text.strip().split("\n\\s*\n")));
        String head = paragraphs.remove(0);
        Collections.shuffle(paragraphs, random);
        if (paragraphs.size() >= 3) {
            paragraphs.remove(random.nextInt(paragraphs.size()));
        }
        paragraphs.add(0, head);
        return String.join("\n\n", paragraphs);
    }
}
