package org.rhetorica.train.techniques;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rhetorica.analysis.techniques.SpanFinder;
import org.rhetorica.analysis.techniques.TechniqueClassifier;
import org.rhetorica.analysis.techniques.TechniqueModel;
import org.rhetorica.doc.CodePoints;
import org.rhetorica.doc.Span;
import org.rhetorica.models.Calibration;
import org.rhetorica.models.Encoding;
import org.rhetorica.train.techniques.TechniqueCorpus.Article;

/**
 * Runs the technique heads over task articles the way the shared task asks (spans alone; techniques
 * of given spans) and scores them with {@link TechniqueScorer}. Used by training, evaluation and
 * prediction alike.
 */
final class TechniqueEvaluation {
    private TechniqueEvaluation() {}

    /** Scores on a set of articles. */
    record Result(int articles, TechniqueScorer.Score spans, TechniqueScorer.Classification techniques,
            double calibrationError) {
        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("validationArticles", articles);
            map.put("si", Map.of("precision", round(spans.precision()), "recall", round(spans.recall()), "f1", round(spans.f1())));
            map.put("tcMicroF1", round(techniques.micro().f1()));
            Map<String, Object> perTechnique = new LinkedHashMap<>();
            techniques.perTechnique().forEach((technique, score) -> perTechnique.put(technique, round(score.f1())));
            map.put("tcF1ByTechnique", perTechnique);
            if (!Double.isNaN(calibrationError)) {
                map.put("scoreCalibrationError", round(calibrationError));
            }
            return map;
        }

        String summary() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "%d articles%nSI  precision %.4f  recall %.4f  F1 %.4f  (%d predicted, %d gold spans)%n"
                            + "TC  micro-F1 %.4f  (%d gold spans)%n",
                    articles, spans.precision(), spans.recall(), spans.f1(), (int) spans.predicted(), (int) spans.gold(),
                    techniques.micro().f1(), (int) techniques.micro().gold()));
            techniques.perTechnique().forEach((technique, score) -> text.append(String.format(Locale.ROOT,
                    "    %-36s F1 %.4f  P %.4f  R %.4f  gold %d%n", technique, score.f1(), score.precision(), score.recall(),
                    (int) score.gold())));
            if (!Double.isNaN(calibrationError)) {
                text.append(String.format(Locale.ROOT, "score calibration error (ECE, 10 bins) %.4f%n", calibrationError));
            }
            return text.toString();
        }
    }

    static Result evaluate(SpanFinder finder, TechniqueClassifier classes, Calibration calibration, List<Article> articles) {
        List<GoldSpan> gold = TechniqueCorpus.goldSpans(articles);
        TechniqueScorer.Score spans = TechniqueScorer.spanIdentification(gold, predictSpans(finder, articles));
        TechniqueScorer.Classification techniques = classification(classes, articles);
        double error = Double.NaN;
        if (calibration != null) {
            List<Double> raw = new ArrayList<>();
            List<Boolean> right = new ArrayList<>();
            rawScores(finder, classes, articles, raw, right);
            boolean[] correct = new boolean[right.size()];
            for (int i = 0; i < correct.length; i++) {
                correct[i] = right.get(i);
            }
            error = calibration.expectedError(raw.stream().mapToDouble(Double::doubleValue).toArray(), correct);
        }
        return new Result(articles.size(), spans, techniques, error);
    }

    /** Predicted spans of every article, in code points. */
    static List<GoldSpan> predictSpans(SpanFinder finder, List<Article> articles) {
        List<GoldSpan> predicted = new ArrayList<>();
        for (Article article : articles) {
            CodePoints codePoints = new CodePoints(article.doc().text());
            for (SpanFinder.Found found : finder.find(article.doc())) {
                predicted.add(new GoldSpan(article.id(), null, codePoints.toCodePoint(found.span().start()),
                        codePoints.toCodePoint(found.span().end())));
            }
        }
        return predicted;
    }

    /** TC on the articles' gold spans, scored against their gold techniques. */
    static TechniqueScorer.Classification classification(TechniqueClassifier classes, List<Article> articles) {
        List<GoldSpan> spans = TechniqueCorpus.goldSpans(articles);
        return TechniqueScorer.techniqueClassification(spans, classify(classes, articles, spans));
    }

    /**
     * Techniques of the given spans (code points). A span listed k times gets the k likeliest
     * techniques, one per listing, since the task scores identical spans as multisets.
     */
    static List<GoldSpan> classify(TechniqueClassifier classes, List<Article> articles, List<GoldSpan> spans) {
        Map<String, List<GoldSpan>> byArticle = new HashMap<>();
        spans.forEach(span -> byArticle.computeIfAbsent(span.article(), id -> new ArrayList<>()).add(span));
        List<GoldSpan> labelled = new ArrayList<>();
        for (Article article : articles) {
            List<GoldSpan> mine = byArticle.getOrDefault(article.id(), List.of());
            CodePoints codePoints = new CodePoints(article.doc().text());
            List<Span> utf16 = mine.stream()
                    .map(s -> new Span(codePoints.toUtf16(s.start()), codePoints.toUtf16(s.end()))).toList();
            float[][] probabilities = classes.probabilities(article.doc(), utf16);
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < mine.size(); i++) {
                GoldSpan span = mine.get(i);
                int rank = seen.merge(span.start() + ":" + span.end(), 1, Integer::sum) - 1;
                labelled.add(new GoldSpan(span.article(), TechniqueClassifier.technique(ranked(probabilities[i], rank)).label(),
                        span.start(), span.end()));
            }
        }
        return labelled;
    }

    /** Index of the {@code rank}-th largest value (0 = the largest), capped at the smallest. */
    private static int ranked(float[] values, int rank) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(values[b], values[a]));
        return order[Math.min(rank, order.length - 1)];
    }

    /** Thresholds and the SI F1 they reach. */
    record Choice(SpanFinder.Thresholds thresholds, double f1) {}

    /**
     * The pair of thresholds (both from {@code values}, lower ≤ upper) with the best SI F1; piece
     * probabilities are computed once and decoded with each pair.
     */
    static Choice bestThresholds(SpanFinder finder, List<Article> articles, double[] values) {
        List<double[]> probabilities = articles.stream().map(a -> finder.probabilities(a.doc())).toList();
        List<GoldSpan> gold = TechniqueCorpus.goldSpans(articles);
        Choice best = null;
        for (double low : values) {
            for (double high : values) {
                if (low > high) {
                    continue;
                }
                SpanFinder.Thresholds thresholds = new SpanFinder.Thresholds(low, high);
                List<GoldSpan> predicted = new ArrayList<>();
                for (int i = 0; i < articles.size(); i++) {
                    Article article = articles.get(i);
                    CodePoints codePoints = new CodePoints(article.doc().text());
                    for (SpanFinder.Found found : SpanFinder.decode(article.doc().attachment(Encoding.VECTORS),
                            probabilities.get(i), thresholds)) {
                        predicted.add(new GoldSpan(article.id(), null, codePoints.toCodePoint(found.span().start()),
                                codePoints.toCodePoint(found.span().end())));
                    }
                }
                double f1 = TechniqueScorer.spanIdentification(gold, predicted).f1();
                if (best == null || f1 > best.f1()) {
                    best = new Choice(thresholds, f1);
                }
            }
        }
        return best;
    }

    /**
     * For every span found in the articles: its raw score (span probability times technique
     * probability) and whether it is right (it overlaps a gold span of that technique).
     */
    static void rawScores(SpanFinder finder, TechniqueClassifier classes, List<Article> articles, List<Double> raw,
            List<Boolean> right) {
        for (Article article : articles) {
            List<SpanFinder.Found> found = finder.find(article.doc());
            float[][] probabilities = classes.probabilities(article.doc(), found.stream().map(SpanFinder.Found::span).toList());
            for (int i = 0; i < found.size(); i++) {
                int best = TechniqueModel.argmax(probabilities[i]);
                Span span = found.get(i).span();
                String technique = TechniqueClassifier.technique(best).label();
                raw.add(found.get(i).probability() * probabilities[i][best]);
                right.add(article.gold().stream().anyMatch(g -> technique.equals(g.technique())
                        && g.start() < span.end() && span.start() < g.end()));
            }
        }
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
