package org.rhetorica.train.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.analysis.quotes.QuoteMarks;
import org.rhetorica.analysis.quotes.Words;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.doc.Spanned;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.train.quotes.AttributionFiles.Gold;

/**
 * Scores quotes against gold attributions.
 *
 * <ul>
 *   <li>Quotes of kind mention are no attributions and are left out. Quotes sharing a cue are one
 *       attribution whose content is their union, as PolNeAR annotates a quotation split around its
 *       cue as one discontinuous content.
 *   <li>A predicted attribution matches a gold one when their contents share at least half of the
 *       gold content's characters; pairs are made one to one, largest overlap first. Precision is
 *       matched predictions over predictions, recall matched gold over gold.
 *   <li>Over matched pairs whose gold attribution names a source, the speaker is right when the
 *       predicted words naming the speaker overlap the gold source, or the predicted speaker shares a
 *       capitalised word with a gold source that is not a pronoun ("Donald Trump" for "Mr. Trump").
 *       A pronoun source is judged by the overlap alone: the corpus does not say whom it means.
 *   <li>Gold attributions are direct when at least half of their content stands in quotation marks
 *       ({@link QuoteMarks}), predictions when they are of kind direct; each part is scored on its
 *       own (precision over its predictions, recall over its gold) as well as all together.
 * </ul>
 */
final class QuoteScorer {
    /** Counts of one part. */
    record Counts(int predicted, int gold, int matchedPredicted, int matchedGold, int withSource, int speakerRight) {
        Counts plus(Counts other) {
            return new Counts(predicted + other.predicted, gold + other.gold, matchedPredicted + other.matchedPredicted,
                    matchedGold + other.matchedGold, withSource + other.withSource, speakerRight + other.speakerRight);
        }

        double precision() {
            return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matchedGold / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double speakerAccuracy() {
            return withSource == 0 ? 0 : (double) speakerRight / withSource;
        }

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("precision", round(precision()));
            map.put("recall", round(recall()));
            map.put("f1", round(f1()));
            map.put("speakerAccuracy", round(speakerAccuracy()));
            map.put("predicted", predicted);
            map.put("gold", gold);
            return map;
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-7s content P %.4f  R %.4f  F1 %.4f  (%d predicted, %d gold)   "
                            + "speaker accuracy %.4f (%d of %d matched with a gold source)%n",
                    name, precision(), recall(), f1(), predicted, gold, speakerAccuracy(), speakerRight, withSource);
        }
    }

    /** Counts for direct attributions, for the rest, and for all. */
    record Score(Counts direct, Counts rest) {
        static final Score NONE = new Score(new Counts(0, 0, 0, 0, 0, 0), new Counts(0, 0, 0, 0, 0, 0));

        Counts all() {
            return direct.plus(rest);
        }

        Score plus(Score other) {
            return new Score(direct.plus(other.direct), rest.plus(other.rest));
        }

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("all", all().asMap());
            map.put("direct", direct.asMap());
            map.put("rest", rest.asMap());
            return map;
        }

        String summary() {
            return all().line("all") + direct.line("direct") + rest.line("rest");
        }
    }

    /** A prediction: the quotes sharing one cue. */
    private record Predicted(Set<Integer> content, List<Quote> quotes) {}

    private QuoteScorer() {}

    /** Scores the quotes of one document (it needs its paragraphs) against its gold attributions. */
    static Score score(Document doc, List<Gold> gold, List<Quote> quotes) {
        String text = doc.text();
        List<Predicted> predicted = group(quotes);
        Set<Integer> quoted = new HashSet<>();
        for (QuoteMarks.Quotation quotation : QuoteMarks.find(text, doc.layer(Paragraphs.LAYER))) {
            addRange(quoted, quotation.inside());
        }
        List<Set<Integer>> goldContent = new ArrayList<>();
        boolean[] goldDirect = new boolean[gold.size()];
        for (int g = 0; g < gold.size(); g++) {
            Set<Integer> content = characters(gold.get(g).content());
            goldContent.add(content);
            goldDirect[g] = 2 * content.stream().filter(quoted::contains).count() >= content.size();
        }
        List<int[]> pairs = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                int overlap = overlap(predicted.get(p).content(), goldContent.get(g));
                if (overlap > 0 && 2 * overlap >= goldContent.get(g).size()) {
                    pairs.add(new int[] {p, g, overlap});
                }
            }
        }
        pairs.sort((a, b) -> b[2] != a[2] ? Integer.compare(b[2], a[2]) : a[0] != b[0] ? Integer.compare(a[0], b[0])
                : Integer.compare(a[1], b[1]));
        int[] matchOfPredicted = new int[predicted.size()];
        java.util.Arrays.fill(matchOfPredicted, -1);
        boolean[] goldMatched = new boolean[gold.size()];
        for (int[] pair : pairs) {
            if (matchOfPredicted[pair[0]] < 0 && !goldMatched[pair[1]]) {
                matchOfPredicted[pair[0]] = pair[1];
                goldMatched[pair[1]] = true;
            }
        }
        int[][] counts = new int[2][6];
        for (int p = 0; p < predicted.size(); p++) {
            int part = isDirect(predicted.get(p)) ? 0 : 1;
            counts[part][0]++;
            if (matchOfPredicted[p] >= 0) {
                counts[part][2]++;
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            counts[goldDirect[g] ? 0 : 1][1]++;
        }
        for (int p = 0; p < predicted.size(); p++) {
            int g = matchOfPredicted[p];
            if (g < 0) {
                continue;
            }
            int part = goldDirect[g] ? 0 : 1;
            counts[part][3]++;
            if (!gold.get(g).source().isEmpty()) {
                counts[part][4]++;
                if (speakerRight(text, predicted.get(p), gold.get(g))) {
                    counts[part][5]++;
                }
            }
        }
        return new Score(counts(counts[0]), counts(counts[1]));
    }

    private static Counts counts(int[] c) {
        return new Counts(c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    /** Quotes other than mentions, those sharing a cue joined into one prediction. */
    private static List<Predicted> group(List<Quote> quotes) {
        Map<Object, Predicted> byCue = new LinkedHashMap<>();
        for (Quote quote : quotes) {
            if (quote.kind() == Quote.Kind.MENTION) {
                continue;
            }
            Object key = quote.cue() != null ? quote.cue() : quote;
            Predicted prediction = byCue.computeIfAbsent(key, k -> new Predicted(new HashSet<>(), new ArrayList<>()));
            addRange(prediction.content(), quote);
            prediction.quotes().add(quote);
        }
        return new ArrayList<>(byCue.values());
    }

    private static boolean isDirect(Predicted prediction) {
        return prediction.quotes().stream().anyMatch(q -> q.kind() == Quote.Kind.DIRECT);
    }

    private static boolean speakerRight(String text, Predicted prediction, Gold gold) {
        for (Quote quote : prediction.quotes()) {
            if (quote.speakerMention() != null && gold.source().stream().anyMatch(s -> s.overlaps(quote.speakerMention()))) {
                return true;
            }
        }
        String speaker = prediction.quotes().get(0).speaker();
        if (speaker == null) {
            return false;
        }
        Set<String> spoken = new HashSet<>(List.of(speaker.split("\\s+")));
        for (Span source : gold.source()) {
            for (Words.Word word : Words.of(text, source.start(), source.end())) {
                if (word.isCapitalised() && word.text().length() > 1 && !Words.isPronoun(word.text())
                        && !Words.TITLES.contains(word.lower()) && spoken.contains(word.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<Integer> characters(List<Span> spans) {
        Set<Integer> characters = new HashSet<>();
        spans.forEach(span -> addRange(characters, span));
        return characters;
    }

    private static void addRange(Set<Integer> characters, org.rhetorica.doc.Spanned span) {
        for (int i = span.start(); i < span.end(); i++) {
            characters.add(i);
        }
    }

    private static int overlap(Set<Integer> a, Set<Integer> b) {
        Set<Integer> smaller = a.size() <= b.size() ? a : b;
        Set<Integer> larger = smaller == a ? b : a;
        int overlap = 0;
        for (int i : smaller) {
            if (larger.contains(i)) {
                overlap++;
            }
        }
        return overlap;
    }

    static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
