package org.rhetorica.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps a model's raw score to the probability of being right, fitted on held-out data with isotonic
 * regression (pool adjacent violators) and kept as a few knots joined by straight lines. Of the
 * predictions it maps to 0.8, about 80 % were right on the data it was fitted on.
 *
 * @param raw knot positions, ascending
 * @param calibrated probability at each knot, non-decreasing
 */
public record Calibration(double[] raw, double[] calibrated) {
    /** Scores taken as they are: for measuring how well probabilities that were not fitted are calibrated. */
    public static final Calibration IDENTITY = new Calibration(new double[] {0, 1}, new double[] {0, 1});

    public Calibration {
        if (raw.length == 0 || raw.length != calibrated.length) {
            throw new IllegalArgumentException("a calibration needs as many probabilities as knots, and some");
        }
    }

    /**
     * The calibration training keeps in a model's provenance settings, under "calibration":
     * {@code {"raw": [...], "calibrated": [...]}}.
     *
     * @throws IllegalStateException when model {@code model} keeps none
     */
    public static Calibration fromSettings(java.util.Map<String, Object> settings, String model) {
        if (!(settings.get("calibration") instanceof java.util.Map<?, ?> stored)
                || !(stored.get("raw") instanceof java.util.List<?> raw)
                || !(stored.get("calibrated") instanceof java.util.List<?> calibrated)) {
            throw new IllegalStateException("model " + model + " has no score calibration; retrain it");
        }
        return new Calibration(raw.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray(),
                calibrated.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray());
    }

    /** Fits {@code scores} against whether each prediction was right, with at most {@code knots} knots. */
    public static Calibration fit(double[] scores, boolean[] right, int knots) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        // Pool adjacent violators: blocks of (sum of outcomes, count, mean score), merged while not increasing.
        List<double[]> blocks = new ArrayList<>();
        for (int index : order) {
            blocks.add(new double[] {right[index] ? 1 : 0, 1, scores[index]});
            while (blocks.size() > 1) {
                double[] last = blocks.get(blocks.size() - 1);
                double[] before = blocks.get(blocks.size() - 2);
                if (before[0] / before[1] < last[0] / last[1]) {
                    break;
                }
                before[2] = (before[2] * before[1] + last[2] * last[1]) / (before[1] + last[1]);
                before[0] += last[0];
                before[1] += last[1];
                blocks.remove(blocks.size() - 1);
            }
        }
        int step = Math.max(1, (int) Math.ceil(blocks.size() / (double) knots));
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i += step) {
            double[] merged = {0, 0, 0};
            for (double[] block : blocks.subList(i, Math.min(blocks.size(), i + step))) {
                merged[2] = (merged[2] * merged[1] + block[2] * block[1]) / (merged[1] + block[1]);
                merged[0] += block[0];
                merged[1] += block[1];
            }
            kept.add(merged);
        }
        double[] raw = new double[kept.size()];
        double[] calibrated = new double[kept.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = kept.get(i)[2];
            calibrated[i] = kept.get(i)[0] / kept.get(i)[1];
        }
        return new Calibration(raw, calibrated);
    }

    public double apply(double score) {
        if (score <= raw[0]) {
            return calibrated[0];
        }
        for (int i = 1; i < raw.length; i++) {
            if (score <= raw[i]) {
                double t = (score - raw[i - 1]) / (raw[i] - raw[i - 1]);
                return calibrated[i - 1] + t * (calibrated[i] - calibrated[i - 1]);
            }
        }
        return calibrated[calibrated.length - 1];
    }

    /**
     * Expected calibration error over ten equal-width bins of calibrated score: the mean gap between
     * score and accuracy, weighted by how many predictions fall in each bin.
     */
    public double expectedError(double[] scores, boolean[] right) {
        double[] sum = new double[10];
        double[] hits = new double[10];
        int[] count = new int[10];
        for (int i = 0; i < scores.length; i++) {
            double p = apply(scores[i]);
            int bin = Math.min(9, (int) (p * 10));
            sum[bin] += p;
            hits[bin] += right[i] ? 1 : 0;
            count[bin]++;
        }
        double error = 0;
        for (int bin = 0; bin < 10; bin++) {
            if (count[bin] > 0) {
                error += Math.abs(sum[bin] - hits[bin]) / scores.length;
            }
        }
        return error;
    }
}
