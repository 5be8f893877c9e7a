package org.rhetorica.train.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.rhetorica.doc.Document;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.IngestOptions;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.ingest.InputFile;

/**
 * Scores main-content extraction against reference extractions: for each page folder holding
 * {@code source.html} and {@code expected.html} (Mozilla Readability's test pages), the bag-of-words
 * overlap of what ingest makes of the page (every document of it, joined) with the reference's
 * text. Tokens are runs of letters or digits, lower-cased. Precision, recall and F1 per page, then
 * their means over pages (macro) and the F1 of all tokens together (micro).
 */
public final class ExtractionEvaluation {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    /** One page's figures; {@code documents} is how many documents ingest made of it. */
    public record Page(String name, int documents, int predicted, int reference, int overlap) {
        public double precision() {
            return predicted == 0 ? (reference == 0 ? 1 : 0) : (double) overlap / predicted;
        }

        public double recall() {
            return reference == 0 ? 1 : (double) overlap / reference;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private ExtractionEvaluation() {}

    /** Every page under {@code pages}, in name order. */
    public static List<Page> evaluate(Path pages) throws IOException {
        Ingest ingest = new Ingest(IngestOptions.defaults());
        List<Page> scored = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> list = Files.list(pages)) {
            folders = list.filter(folder -> Files.isRegularFile(folder.resolve("source.html"))
                    && Files.isRegularFile(folder.resolve("expected.html"))).sorted().toList();
        }
        for (Path folder : folders) {
            Path source = folder.resolve("source.html");
            List<Document> documents = new ArrayList<>();
            List<InputFailure> failures = new ArrayList<>();
            ingest.read(new InputFile(source, folder.getFileName() + "/source.html", folder.getFileName().toString()),
                    documents::add, failures::add);
            StringBuilder predicted = new StringBuilder();
            documents.forEach(doc -> predicted.append(doc.text()).append('\n'));
            String reference = Jsoup.parse(Files.readString(folder.resolve("expected.html"), StandardCharsets.UTF_8)).text();
            Map<String, Integer> mine = counts(predicted.toString());
            Map<String, Integer> theirs = counts(reference);
            int overlap = 0;
            for (Map.Entry<String, Integer> token : mine.entrySet()) {
                overlap += Math.min(token.getValue(), theirs.getOrDefault(token.getKey(), 0));
            }
            scored.add(new Page(folder.getFileName().toString(), documents.size(), total(mine), total(theirs), overlap));
        }
        return scored;
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
