package org.rhetorica.train.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rhetorica.models.Calibration;
import org.rhetorica.models.Head;

/**
 * Precision, recall and F1 of the check-worthy class (CheckThat!'s official measure) at a threshold.
 */
record CheckWorthinessScores(double threshold, int sentences, int gold, int predicted, int right) {
    double precision() {
        return predicted == 0 ? 0 : (double) right / predicted;
    }

    double recall() {
        return gold == 0 ? 0 : (double) right / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static CheckWorthinessScores at(double[] scores, List<CheckWorthinessData.Sentence> sentences, double threshold) {
        int gold = 0;
        int predicted = 0;
        int right = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean yes = scores[i] >= threshold;
            boolean truth = sentences.get(i).checkWorthy();
            gold += truth ? 1 : 0;
            predicted += yes ? 1 : 0;
            right += yes && truth ? 1 : 0;
        }
        return new CheckWorthinessScores(threshold, scores.length, gold, predicted, right);
    }

    /** The threshold among 0.05, 0.10 … 0.95 with the best F1. */
    static CheckWorthinessScores best(double[] scores, List<CheckWorthinessData.Sentence> sentences) {
        CheckWorthinessScores best = null;
        for (int step = 1; step < 20; step++) {
            CheckWorthinessScores candidate = at(scores, sentences, step / 20.0);
            if (best == null || candidate.f1() > best.f1()) {
                best = candidate;
            }
        }
        return best;
    }

    /** The head's probability of "check-worthy" for each sentence, calibrated. */
    static double[] scores(Head head, List<CheckWorthinessData.Sentence> sentences, Calibration calibration) {
        if (sentences.isEmpty()) {
            return new double[0];
        }
        int size = sentences.get(0).features().length;
        float[] input = new float[sentences.size() * size];
        for (int i = 0; i < sentences.size(); i++) {
            System.arraycopy(sentences.get(i).features(), 0, input, i * size, size);
        }
        float[] output = head.run(input, sentences.size(), size);
        double[] scores = new double[sentences.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = calibration.apply(output[2 * i + 1]);
        }
        return scores;
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sentences", sentences);
        map.put("checkWorthy", gold);
        map.put("threshold", threshold);
        map.put("precision", round(precision()));
        map.put("recall", round(recall()));
        map.put("f1", round(f1()));
        return map;
    }

    String summary() {
        return String.format(Locale.ROOT, "%d sentences, %d check-worthy: P %.4f  R %.4f  F1 %.4f (threshold %.2f)", sentences,
                gold, precision(), recall(), f1(), threshold);
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
