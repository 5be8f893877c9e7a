package org.rhetorica.train.techniques;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The official measures of SemEval-2020 Task 11.
 *
 * <p>Span identification (SI): spans of one article that share characters are merged (chains too;
 * touching spans are not); for every predicted span s and gold span t of the same article,
 * |s∩t|/|s| is added to a precision sum and |s∩t|/|t| to a recall sum; precision is that sum over
 * the number of predicted spans, recall over the number of gold spans, across all articles.
 *
 * <p>Technique classification (TC): micro-averaged F1 of technique labels; spans with identical
 * offsets are matched as multisets of labels.
 */
public final class TechniqueScorer {
    private TechniqueScorer() {}

    /** Precision, recall and F1, with the counts behind them. */
    public record Score(double precision, double recall, double f1, double predicted, double gold) {
        static Score of(double precisionSum, double predicted, double recallSum, double gold) {
            double p = predicted == 0 ? 0 : precisionSum / predicted;
            double r = gold == 0 ? 0 : recallSum / gold;
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), predicted, gold);
        }
    }

    /** SI score; techniques, if any, are ignored. */
    public static Score spanIdentification(Collection<GoldSpan> gold, Collection<GoldSpan> predicted) {
        Map<String, List<int[]>> goldByArticle = mergedByArticle(gold);
        Map<String, List<int[]>> predictedByArticle = mergedByArticle(predicted);
        double precisionSum = 0;
        double recallSum = 0;
        int predictedCount = 0;
        int goldCount = 0;
        for (List<int[]> spans : goldByArticle.values()) {
            goldCount += spans.size();
        }
        for (Map.Entry<String, List<int[]>> article : predictedByArticle.entrySet()) {
            List<int[]> goldSpans = goldByArticle.getOrDefault(article.getKey(), List.of());
            for (int[] s : article.getValue()) {
                predictedCount++;
                for (int[] t : goldSpans) {
                    int overlap = Math.min(s[1], t[1]) - Math.max(s[0], t[0]);
                    if (overlap > 0) {
                        precisionSum += (double) overlap / (s[1] - s[0]);
                        recallSum += (double) overlap / (t[1] - t[0]);
                    }
                }
            }
        }
        return Score.of(precisionSum, predictedCount, recallSum, goldCount);
    }

    /** Spans of each article merged where they share characters; empty spans dropped. */
    static Map<String, List<int[]>> mergedByArticle(Collection<GoldSpan> spans) {
        Map<String, List<int[]>> byArticle = new TreeMap<>();
        for (GoldSpan span : spans) {
            if (span.end() > span.start()) {
                byArticle.computeIfAbsent(span.article(), a -> new ArrayList<>()).add(new int[] {span.start(), span.end()});
            }
        }
        Map<String, List<int[]>> merged = new TreeMap<>();
        byArticle.forEach((article, list) -> {
            list.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
            List<int[]> out = new ArrayList<>();
            for (int[] span : list) {
                int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && span[0] < last[1]) {
                    last[1] = Math.max(last[1], span[1]);
                } else {
                    out.add(span.clone());
                }
            }
            merged.put(article, out);
        });
        return merged;
    }

    /** TC micro-averaged score over all labels, and per technique. */
    public record Classification(Score micro, Map<String, Score> perTechnique) {}

    public static Classification techniqueClassification(Collection<GoldSpan> gold, Collection<GoldSpan> predicted) {
        Map<String, Map<String, Integer>> goldLabels = labelsByOffsets(gold);
        Map<String, Map<String, Integer>> predictedLabels = labelsByOffsets(predicted);
        Map<String, int[]> counts = new TreeMap<>(); // technique -> {matched, predicted, gold}
        goldLabels.forEach((key, labels) -> labels.forEach((label, n) -> counts.computeIfAbsent(label, l -> new int[3])[2] += n));
        predictedLabels.forEach((key, labels) -> {
            Map<String, Integer> goldHere = goldLabels.getOrDefault(key, Map.of());
            labels.forEach((label, n) -> {
                int[] c = counts.computeIfAbsent(label, l -> new int[3]);
                c[1] += n;
                c[0] += Math.min(n, goldHere.getOrDefault(label, 0));
            });
        });
        int matched = 0;
        int predictedCount = 0;
        int goldCount = 0;
        Map<String, Score> perTechnique = new TreeMap<>();
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] c = entry.getValue();
            matched += c[0];
            predictedCount += c[1];
            goldCount += c[2];
            perTechnique.put(entry.getKey(), Score.of(c[0], c[1], c[0], c[2]));
        }
        return new Classification(Score.of(matched, predictedCount, matched, goldCount), perTechnique);
    }

    private static Map<String, Map<String, Integer>> labelsByOffsets(Collection<GoldSpan> spans) {
        Map<String, Map<String, Integer>> labels = new HashMap<>();
        for (GoldSpan span : spans) {
            labels.computeIfAbsent(span.article() + "\t" + span.start() + "\t" + span.end(), k -> new HashMap<>())
                    .merge(span.technique(), 1, Integer::sum);
        }
        return labels;
    }

}
