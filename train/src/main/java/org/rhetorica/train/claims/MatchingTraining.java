package org.rhetorica.train.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.rhetorica.claims.ClaimMatcher;
import org.rhetorica.claims.ClaimMatcher.Candidate;
import org.rhetorica.claims.ClaimVectors;
import org.rhetorica.claims.EncoderTextVectors;
import org.rhetorica.claims.KnownClaim;
import org.rhetorica.claims.KnownClaims;
import org.rhetorica.claims.Reranker;
import org.rhetorica.claims.VectorCache;
import org.rhetorica.models.Calibration;
import org.rhetorica.models.Head;
import org.rhetorica.models.Mlp;
import org.rhetorica.models.Provenance;
import org.rhetorica.train.Split;
import org.rhetorica.train.heads.MlpTrainer;
import org.rhetorica.train.heads.TrainingRecord;

/**
 * Trains the claim-matching re-ranker on CheckThat! 2020 task 2's training tweets only: the tweets
 * whose id {@link Split} puts in training fit the network; the others (about 30 %) choose the epoch.
 * The official dev tweets are scored once, at the end, for the record.
 */
final class MatchingTraining {
    record Settings(long seed, int[] hidden, int epochs, float learningRate, float positiveWeight) {
        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("hidden", hidden);
            map.put("epochs", epochs);
            map.put("learningRate", learningRate);
            map.put("positiveWeight", positiveWeight);
            map.put("candidatesPerRetrieval", 30);
            return map;
        }
    }

    private final Settings settings;
    private final Consumer<String> log;

    MatchingTraining(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    byte[] train(Path data, VectorCache cache, int threads) {
        MatchingData train = MatchingData.read(data, "train");
        MatchingData dev = MatchingData.read(data, "dev");
        KnownClaims known = train.claims();
        List<KnownClaim> claims = known.claims();
        try (EncoderTextVectors vectors = EncoderTextVectors.matching(threads)) {
            long started = System.nanoTime();
            ClaimVectors claimVectors = ClaimMatcher.embed(known, vectors, cache);
            log.accept(String.format(java.util.Locale.ROOT, "%d claims embedded in %.0f s", claims.size(),
                    (System.nanoTime() - started) / 1e9));
            try (ClaimMatcher matcher = new ClaimMatcher(known, cache.cached(vectors), claimVectors, null)) {
                List<MatchingData.Query> fit = new ArrayList<>();
                List<MatchingData.Query> choose = new ArrayList<>();
                for (MatchingData.Query query : train.queries()) {
                    (Split.of(query.id()) == Split.TRAINING ? fit : choose).add(query);
                }
                List<List<Candidate>> fitCandidates = matcher.candidates(fit.stream().map(MatchingData.Query::text).toList());
                List<List<Candidate>> chooseCandidates = matcher.candidates(choose.stream().map(MatchingData.Query::text).toList());
                List<MatchingData.Query> devQueries = dev.queries();
                List<List<Candidate>> devCandidates = matcher.candidates(devQueries.stream().map(MatchingData.Query::text).toList());
                log.accept("candidates gathered");

                List<float[]> rows = new ArrayList<>();
                List<Integer> labels = new ArrayList<>();
                for (int q = 0; q < fit.size(); q++) {
                    for (Candidate candidate : fitCandidates.get(q)) {
                        rows.add(candidate.features());
                        labels.add(fit.get(q).relevant().contains(claims.get(candidate.claim()).id()) ? 1 : 0);
                    }
                }
                MlpTrainer.Settings mlp = new MlpTrainer.Settings(settings.hidden(), 0f, 0.1f, settings.learningRate(), 1e-4f,
                        settings.epochs(), 64, 1, settings.seed(), new float[] {1f, settings.positiveWeight()});
                Provenance draft = provenance(data, train, Map.of(), settings.asMap());
                MlpTrainer.Result best = MlpTrainer.train(rows.toArray(float[][]::new), labels.stream().mapToInt(i -> i).toArray(),
                        2, mlp, network -> {
                            try (Head head = head(network, draft)) {
                                return MatchingEvaluation.map5(choose, chooseCandidates, claims,
                                        forQuery -> MatchingEvaluation.scores(head, forQuery));
                            }
                        }, log);
                log.accept("best epoch " + best.epoch() + ": MAP@5 " + best.score() + " on the tweets held out of training");

                Map<String, Object> scores = new LinkedHashMap<>();
                try (Head head = head(best.model(), draft)) {
                    scores.put("dev", figures(devQueries, devCandidates, claims, head));
                    scores.put("trainHeldOut", figures(choose, chooseCandidates, claims, head));
                }
                log.accept(MatchingEvaluation.summary("dev", castMap(scores.get("dev"))));
                Map<String, Object> settingsRecord = settings.asMap();
                settingsRecord.put("bestEpoch", best.epoch());
                return Reranker.export(best.model(), provenance(data, train, scores, settingsRecord));
            }
        }
    }

    private static Map<String, Object> figures(List<MatchingData.Query> queries, List<List<Candidate>> candidates,
            List<KnownClaim> claims, Head head) {
        Map<String, Object> figures = MatchingEvaluation.figures(queries.size(),
                MatchingEvaluation.map5(queries, candidates, claims, forQuery -> MatchingEvaluation.scores(head, forQuery)),
                MatchingEvaluation.map5(queries, candidates, claims, MatchingEvaluation.BM25),
                MatchingEvaluation.map5(queries, candidates, claims, MatchingEvaluation.COSINE),
                MatchingEvaluation.candidateRecall(queries, candidates, claims));
        figures.put("scoreCalibrationError", MatchingEvaluation.round(calibrationError(head, queries, candidates, claims)));
        return figures;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }

    /** Expected calibration error (10 bins) of the head's probabilities over every candidate of the queries. */
    private static double calibrationError(Head head, List<MatchingData.Query> queries, List<List<Candidate>> candidates,
            List<KnownClaim> claims) {
        List<Double> scores = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            double[] forQuery = MatchingEvaluation.scores(head, candidates.get(q));
            for (int c = 0; c < forQuery.length; c++) {
                scores.add(forQuery[c]);
                right.add(queries.get(q).relevant().contains(claims.get(candidates.get(q).get(c).claim()).id()));
            }
        }
        boolean[] outcomes = new boolean[right.size()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = right.get(i);
        }
        return Calibration.IDENTITY.expectedError(scores.stream().mapToDouble(Double::doubleValue).toArray(), outcomes);
    }

    private Head head(Mlp network, Provenance provenance) {
        return Head.fromBytes(Reranker.NAME, Reranker.export(network, provenance), EncoderTextVectors.MATCHING);
    }

    private Provenance provenance(Path data, MatchingData train, Map<String, Object> scores, Map<String, Object> settingsRecord) {
        Map<String, Object> dataRecord = new LinkedHashMap<>();
        dataRecord.put("corpus", "CheckThat! 2020 task 2 (claim retrieval): tweets and Snopes claims");
        dataRecord.put("folder", data.getFileName().toString());
        dataRecord.put("fingerprint", TrainingRecord.fingerprint(MatchingData.files(data)));
        dataRecord.put("claims", train.claims().size());
        dataRecord.put("trainingTweets", train.queries().size());
        dataRecord.put("split", "train tweets only: " + Split.RULE + "; the training part fits, the rest chooses the epoch;"
                + " dev tweets are only scored");
        Map<String, Object> settingsMap = new LinkedHashMap<>(settingsRecord);
        settingsMap.put(Reranker.FEATURES, Reranker.featureNames());
        return new Provenance(Reranker.NAME, "ranks fact-checked claims as matches for a text: the probability that a"
                + " candidate from BM25 or vector retrieval is the claim the text makes", TrainingRecord.now(),
                TrainingRecord.codeVersion(), EncoderTextVectors.MATCHING.vectorsId(), dataRecord, settingsMap, settings.seed(),
                scores, TrainingRecord.libraries());
    }
}
