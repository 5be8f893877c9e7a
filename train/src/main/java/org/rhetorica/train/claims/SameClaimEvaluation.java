package org.rhetorica.train.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rhetorica.claims.SameClaim;
import org.rhetorica.claims.TextVectors;

/**
 * Scores the same-claim check on hand-labelled pairs: precision and recall of "same claim"
 * (paraphrases are the same claim; two claims on one topic and unrelated claims are not), at the
 * check's threshold and, to show how to choose another, at every threshold from 0.05 to 0.95.
 */
final class SameClaimEvaluation {
    private SameClaimEvaluation() {}

    record Counts(double threshold, int pairs, int predicted, int same, int right, int sameTopicSaid, int sameTopic,
            int unrelatedSaid, int unrelated) {
        double precision() {
            return predicted == 0 ? 0 : (double) right / predicted;
        }

        double recall() {
            return same == 0 ? 0 : (double) right / same;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A pair the check got wrong at its threshold, with its probability. */
    record Error(SameClaimPairs.Pair pair, double probability) {}

    record Score(Counts atThreshold, List<Counts> sweep, List<Error> errors) {
        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("pairs", atThreshold.pairs());
            map.put("threshold", atThreshold.threshold());
            map.put("precision", round(atThreshold.precision()));
            map.put("recall", round(atThreshold.recall()));
            map.put("f1", round(atThreshold.f1()));
            map.put("sameTopicCalledSame", atThreshold.sameTopicSaid() + "/" + atThreshold.sameTopic());
            map.put("unrelatedCalledSame", atThreshold.unrelatedSaid() + "/" + atThreshold.unrelated());
            return map;
        }

        String summary() {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "%d hand-labelled pairs (%d paraphrases, %d same topic, %d unrelated)%n",
                    atThreshold.pairs(), atThreshold.same(), atThreshold.sameTopic(), atThreshold.unrelated()));
            text.append(line(atThreshold, "  <- the model's threshold"));
            text.append("by threshold:\n");
            sweep.forEach(counts -> text.append(line(counts, "")));
            return text.toString();
        }

        String errorList() {
            StringBuilder text = new StringBuilder("wrong at the threshold:\n");
            for (Error error : errors) {
                text.append(String.format(Locale.ROOT, "  %.3f %-10s %s | %s%n", error.probability(),
                        error.pair().label().name().toLowerCase(Locale.ROOT), error.pair().a(), error.pair().b()));
            }
            return text.toString();
        }

        private static String line(Counts c, String note) {
            return String.format(Locale.ROOT, "  threshold %.2f: same claim P %.4f  R %.4f  F1 %.4f;"
                    + " same topic called same %d/%d, unrelated %d/%d%s%n", c.threshold(), c.precision(), c.recall(), c.f1(),
                    c.sameTopicSaid(), c.sameTopic(), c.unrelatedSaid(), c.unrelated(), note);
        }
    }

    static Score score(SameClaim same, TextVectors vectors, SameClaimPairs pairs) {
        List<String> texts = new ArrayList<>();
        for (SameClaimPairs.Pair pair : pairs.pairs()) {
            texts.add(pair.a());
            texts.add(pair.b());
        }
        float[][] embedded = vectors.embed(texts);
        double[] probabilities = new double[pairs.pairs().size()];
        for (int i = 0; i < probabilities.length; i++) {
            SameClaimPairs.Pair pair = pairs.pairs().get(i);
            probabilities[i] = same.probability(pair.a(), embedded[2 * i], pair.b(), embedded[2 * i + 1]);
        }
        List<Counts> sweep = new ArrayList<>();
        for (int step = 1; step < 20; step++) {
            sweep.add(counts(step / 20.0, probabilities, pairs));
        }
        List<Error> errors = new ArrayList<>();
        for (int i = 0; i < probabilities.length; i++) {
            SameClaimPairs.Pair pair = pairs.pairs().get(i);
            if ((probabilities[i] >= same.threshold()) != pair.label().same()) {
                errors.add(new Error(pair, probabilities[i]));
            }
        }
        return new Score(counts(same.threshold(), probabilities, pairs), sweep, errors);
    }

    private static Counts counts(double threshold, double[] probabilities, SameClaimPairs pairs) {
        int predicted = 0;
        int same = 0;
        int right = 0;
        int[] said = new int[SameClaimPairs.Label.values().length];
        int[] total = new int[SameClaimPairs.Label.values().length];
        for (int i = 0; i < probabilities.length; i++) {
            SameClaimPairs.Label label = pairs.pairs().get(i).label();
            boolean isSaid = probabilities[i] >= threshold;
            predicted += isSaid ? 1 : 0;
            same += label.same() ? 1 : 0;
            right += isSaid && label.same() ? 1 : 0;
            said[label.ordinal()] += isSaid ? 1 : 0;
            total[label.ordinal()]++;
        }
        int topic = SameClaimPairs.Label.SAME_TOPIC.ordinal();
        int unrelated = SameClaimPairs.Label.UNRELATED.ordinal();
        return new Counts(threshold, probabilities.length, predicted, same, right, said[topic], total[topic], said[unrelated],
                total[unrelated]);
    }

    static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
