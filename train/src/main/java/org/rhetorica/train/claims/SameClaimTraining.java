package org.rhetorica.train.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.rhetorica.claims.ClaimMatcher;
import org.rhetorica.claims.ClaimVectors;
import org.rhetorica.claims.EncoderTextVectors;
import org.rhetorica.claims.KnownClaim;
import org.rhetorica.claims.SameClaim;
import org.rhetorica.claims.TextVectors;
import org.rhetorica.claims.VectorCache;
import org.rhetorica.models.Head;
import org.rhetorica.models.Mlp;
import org.rhetorica.models.Provenance;
import org.rhetorica.train.Split;
import org.rhetorica.train.heads.MlpTrainer;
import org.rhetorica.train.heads.TrainingRecord;

/**
 * Trains the same-claim check on pairs made from CheckThat! 2020 task 2's training part, never from
 * the hand-labelled pairs it is scored on: a fact-checked claim and its own headline, and a tweet and
 * the claim that verifies it, are the same claim; a claim and the headline or wording of the most
 * similar other claim, and a tweet and the most similar claims that do not verify it, are two claims
 * on one topic, and so is a claim and a contrast made of it ({@link Contrasts}: negated, another number,
 * the other direction). Claims and tweets whose id {@link Split} puts in training fit the network;
 * the rest choose the epoch and the threshold (the best F1 there).
 */
final class SameClaimTraining {
    record Settings(long seed, int[] hidden, int epochs, float learningRate, int sampledClaims) {
        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("hidden", hidden);
            map.put("epochs", epochs);
            map.put("learningRate", learningRate);
            map.put("sampledClaims", sampledClaims);
            return map;
        }
    }

    /** Labelled feature rows. */
    private record Rows(List<float[]> features, List<Boolean> same) {
        Rows() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        void add(float[] row, boolean isSame) {
            features.add(row);
            same.add(isSame);
        }
    }

    private final Settings settings;
    private final Consumer<String> log;

    SameClaimTraining(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    byte[] train(Path data, Path pairsFile, VectorCache cache, int threads) {
        MatchingData train = MatchingData.read(data, "train");
        List<KnownClaim> claims = train.claims().claims();
        Rows fit = new Rows();
        Rows choose = new Rows();
        try (EncoderTextVectors vectors = EncoderTextVectors.matching(threads)) {
            ClaimVectors claimVectors = ClaimMatcher.embed(train.claims(), vectors, cache);
            float[][] tweetVectors = cache.vectors(vectors, train.queries().stream().map(MatchingData.Query::text).toList());
            Random random = new Random(settings.seed());
            for (int q = 0; q < train.queries().size(); q++) {
                MatchingData.Query query = train.queries().get(q);
                Rows rows = Split.of(query.id()) == Split.TRAINING ? fit : choose;
                int[] nearest = nearest(tweetVectors[q], claimVectors.claims(), 6, -1);
                for (int c : nearest) {
                    KnownClaim claim = claims.get(c);
                    rows.add(SameClaim.features(query.text(), tweetVectors[q], claim.claim(), claimVectors.claims()[c]),
                            query.relevant().contains(claim.id()));
                }
                for (int c = 0; c < claims.size(); c++) {
                    int claim = c;
                    if (query.relevant().contains(claims.get(c).id()) && java.util.Arrays.stream(nearest).noneMatch(n -> n == claim)) {
                        rows.add(SameClaim.features(query.text(), tweetVectors[q], claims.get(c).claim(), claimVectors.claims()[c]), true);
                    }
                }
            }
            List<Integer> sample = new ArrayList<>();
            for (int c = 0; c < claims.size(); c++) {
                sample.add(c);
            }
            java.util.Collections.shuffle(sample, random);
            List<Integer> sampled = sample.subList(0, Math.min(settings.sampledClaims(), sample.size()));
            List<String> contrastTexts = new ArrayList<>();
            List<Integer> contrastOf = new ArrayList<>();
            for (int c : sampled) {
                for (String contrast : Contrasts.of(claims.get(c).claim())) {
                    contrastTexts.add(contrast);
                    contrastOf.add(c);
                }
            }
            float[][] contrastVectors = cache.vectors(vectors, contrastTexts);
            for (int i = 0; i < contrastTexts.size(); i++) {
                int c = contrastOf.get(i);
                Rows rows = Split.of(claims.get(c).id()) == Split.TRAINING ? fit : choose;
                rows.add(SameClaim.features(claims.get(c).claim(), claimVectors.claims()[c], contrastTexts.get(i), contrastVectors[i]),
                        false);
            }
            for (int c : sampled) {
                KnownClaim claim = claims.get(c);
                if (claim.title() == null) {
                    continue;
                }
                Rows rows = Split.of(claim.id()) == Split.TRAINING ? fit : choose;
                float[] vector = claimVectors.claims()[c];
                rows.add(SameClaim.features(claim.claim(), vector, claim.title(), claimVectors.titles()[c]), true);
                int other = nearest(vector, claimVectors.claims(), 1, c)[0];
                rows.add(SameClaim.features(claim.claim(), vector, claims.get(other).claim(), claimVectors.claims()[other]), false);
                if (claims.get(other).title() != null) {
                    rows.add(SameClaim.features(claim.claim(), vector, claims.get(other).title(), claimVectors.titles()[other]), false);
                }
            }
            log.accept(String.format(Locale.ROOT, "%d pairs to fit, %d to choose with", fit.features().size(), choose.features().size()));

            int[] labels = fit.same().stream().mapToInt(same -> same ? 1 : 0).toArray();
            MlpTrainer.Settings mlp = new MlpTrainer.Settings(settings.hidden(), 0f, 0.1f, settings.learningRate(), 1e-4f,
                    settings.epochs(), 64, 1, settings.seed(), null);
            Provenance draft = provenance(data, 0.5, Map.of(), settings.asMap());
            MlpTrainer.Result best = MlpTrainer.train(fit.features().toArray(float[][]::new), labels, 2, mlp, network -> {
                try (Head head = head(network, draft)) {
                    return bestThreshold(SameClaim.probabilities(head, choose.features()), choose.same())[1];
                }
            }, log);
            double threshold;
            try (Head head = head(best.model(), draft)) {
                double[] chosen = bestThreshold(SameClaim.probabilities(head, choose.features()), choose.same());
                threshold = chosen[0];
                log.accept(String.format(Locale.ROOT, "best epoch %d; threshold %.2f: F1 %.4f on the held-out training pairs",
                        best.epoch(), threshold, chosen[1]));
            }
            Map<String, Object> scores = new LinkedHashMap<>();
            if (pairsFile != null) {
                try (SameClaim same = new SameClaim(head(best.model(), provenance(data, threshold, Map.of(), settings.asMap())))) {
                    SameClaimEvaluation.Score score = SameClaimEvaluation.score(same, vectors, SameClaimPairs.read(pairsFile));
                    log.accept(score.summary());
                    scores.put("handLabelledPairs", score.asMap());
                }
            }
            Map<String, Object> settingsRecord = settings.asMap();
            settingsRecord.put("bestEpoch", best.epoch());
            return SameClaim.export(best.model(), provenance(data, threshold, scores, settingsRecord));
        }
    }

    /** The {@code n} vectors most similar to {@code vector}, most similar first, leaving out {@code skip}. */
    static int[] nearest(float[] vector, float[][] vectors, int n, int skip) {
        int[] best = new int[n];
        float[] bestScores = new float[n];
        java.util.Arrays.fill(best, -1);
        java.util.Arrays.fill(bestScores, Float.NEGATIVE_INFINITY);
        for (int i = 0; i < vectors.length; i++) {
            if (i == skip) {
                continue;
            }
            float score = TextVectors.dot(vector, vectors[i]);
            if (score > bestScores[n - 1]) {
                int at = n - 1;
                while (at > 0 && score > bestScores[at - 1]) {
                    bestScores[at] = bestScores[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                bestScores[at] = score;
                best[at] = i;
            }
        }
        return best;
    }

    /** The threshold (0.05 to 0.95 by 0.05) with the best F1 of "same", and that F1. */
    static double[] bestThreshold(double[] probabilities, List<Boolean> same) {
        double[] best = {0.5, -1};
        for (int step = 1; step < 20; step++) {
            double threshold = step / 20.0;
            int predicted = 0;
            int right = 0;
            int gold = 0;
            for (int i = 0; i < probabilities.length; i++) {
                boolean said = probabilities[i] >= threshold;
                predicted += said ? 1 : 0;
                gold += same.get(i) ? 1 : 0;
                right += said && same.get(i) ? 1 : 0;
            }
            double f1 = predicted + gold == 0 ? 0 : 2.0 * right / (predicted + gold);
            if (f1 > best[1]) {
                best = new double[] {threshold, f1};
            }
        }
        return best;
    }

    private static Head head(Mlp network, Provenance provenance) {
        return Head.fromBytes(SameClaim.NAME, SameClaim.export(network, provenance), EncoderTextVectors.MATCHING);
    }

    private Provenance provenance(Path data, double threshold, Map<String, Object> scores, Map<String, Object> settingsRecord) {
        Map<String, Object> dataRecord = new LinkedHashMap<>();
        dataRecord.put("corpus", "CheckThat! 2020 task 2 training part: each Snopes claim with its own headline and tweets with"
                + " the claims that verify them (same claim); claims and tweets with the most similar other claims, and claims with"
                + " contrasts made of them (negated, another number, the other direction) (not the same)");
        dataRecord.put("folder", data.getFileName().toString());
        dataRecord.put("fingerprint", TrainingRecord.fingerprint(MatchingData.files(data)));
        dataRecord.put("split", Split.RULE + " over tweet and claim ids: training fits, the rest chooses epoch and threshold");
        Map<String, Object> settingsMap = new LinkedHashMap<>(settingsRecord);
        settingsMap.put(SameClaim.FEATURES, SameClaim.featureNames());
        settingsMap.put(SameClaim.THRESHOLD, threshold);
        return new Provenance(SameClaim.NAME, "whether two claims are the same claim in other words, not two claims on one"
                + " topic", TrainingRecord.now(), TrainingRecord.codeVersion(), EncoderTextVectors.MATCHING.vectorsId(), dataRecord,
                settingsMap, settings.seed(), scores, TrainingRecord.libraries());
    }
}
