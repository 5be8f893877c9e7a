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
import org.rhetorica.train.heads.RankingTrainer;
import org.rhetorica.train.heads.TrainingRecord;

/**
 * Trains the claim-matching re-ranker on CheckThat! 2020 task 2's training tweets only: the tweets
 * whose id {@link Split} puts in training fit the network; the others (about 30 %) choose the epoch.
 * The official dev tweets are scored once, at the end, for the record.
 */
final class MatchingTraining {
    record Settings(long seed, int[] hidden, int epochs, float learningRate, float positiveWeight, boolean listwise) {
        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("loss", listwise ? "softmax over each tweet's candidates, then a logistic fit of the score"
                    : "cross-entropy per candidate");
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

                Provenance draft = provenance(data, train, Map.of(), settings.asMap());
                Fitted fitted = settings.listwise()
                        ? fitListwise(matcher, fit, fitCandidates, choose, chooseCandidates, draft)
                        : fitPointwise(matcher, fit, fitCandidates, choose, chooseCandidates, draft);
                log.accept("best epoch " + fitted.epoch() + ": MAP@5 " + fitted.score() + " on the tweets held out of training");

                Map<String, Object> scores = new LinkedHashMap<>();
                try (Head head = fitted.head(draft)) {
                    scores.put("dev", figures(devQueries, devCandidates, matcher, head));
                    scores.put("trainHeldOut", figures(choose, chooseCandidates, matcher, head));
                }
                log.accept(MatchingEvaluation.summary("dev", castMap(scores.get("dev"))));
                Map<String, Object> settingsRecord = settings.asMap();
                settingsRecord.put("bestEpoch", fitted.epoch());
                return fitted.export().apply(provenance(data, train, scores, settingsRecord));
            }
        }
    }

    /** A trained re-ranker: how to write it with a provenance, and the epoch and held-out score it was kept at. */
    private record Fitted(java.util.function.Function<Provenance, byte[]> export, int epoch, double score) {
        Head head(Provenance provenance) {
            return Head.fromBytes(Reranker.NAME, export.apply(provenance), EncoderTextVectors.MATCHING);
        }
    }

    /** A two-class network over single candidates, cross-entropy per candidate. */
    private Fitted fitPointwise(ClaimMatcher matcher, List<MatchingData.Query> fit, List<List<Candidate>> fitCandidates,
            List<MatchingData.Query> choose, List<List<Candidate>> chooseCandidates, Provenance draft) {
        List<float[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int q = 0; q < fit.size(); q++) {
            for (Candidate candidate : fitCandidates.get(q)) {
                rows.add(candidate.features());
                labels.add(MatchingEvaluation.relevant(fit.get(q), candidate, matcher) ? 1 : 0);
            }
        }
        MlpTrainer.Result best = MlpTrainer.train(rows.toArray(float[][]::new), labels.stream().mapToInt(i -> i).toArray(), 2,
                mlpSettings(new float[] {1f, settings.positiveWeight()}), network -> {
                    try (Head head = Head.fromBytes(Reranker.NAME, Reranker.export(network, draft), EncoderTextVectors.MATCHING)) {
                        return MatchingEvaluation.map5(choose, chooseCandidates, matcher, forQuery -> MatchingEvaluation.scores(head, forQuery));
                    }
                }, log);
        return new Fitted(provenance -> Reranker.export(best.model(), provenance), best.epoch(), best.score());
    }

    /**
     * A scoring network trained on each tweet's candidates as a list (softmax over the list), whose
     * score is then made a probability by a logistic fit on the held-out tweets' candidates.
     */
    private Fitted fitListwise(ClaimMatcher matcher, List<MatchingData.Query> fit, List<List<Candidate>> fitCandidates,
            List<MatchingData.Query> choose, List<List<Candidate>> chooseCandidates, Provenance draft) {
        List<RankingTrainer.RankedList> lists = new ArrayList<>();
        for (int q = 0; q < fit.size(); q++) {
            List<Candidate> candidates = fitCandidates.get(q);
            float[][] rows = new float[candidates.size()][];
            boolean[] relevant = new boolean[candidates.size()];
            for (int c = 0; c < rows.length; c++) {
                rows[c] = candidates.get(c).features();
                relevant[c] = MatchingEvaluation.relevant(fit.get(q), candidates.get(c), matcher);
            }
            lists.add(new RankingTrainer.RankedList(rows, relevant));
        }
        RankingTrainer.Result best = RankingTrainer.train(lists, mlpSettings(null), ranker -> {
            try (Head head = Head.fromBytes(Reranker.NAME, Reranker.export(ranker, SIGMOID, draft), EncoderTextVectors.MATCHING)) {
                return MatchingEvaluation.map5(choose, chooseCandidates, matcher, forQuery -> MatchingEvaluation.scores(head, forQuery));
            }
        }, log);
        // The ranker's score of each held-out candidate (the logit of its sigmoid), against whether it is right.
        List<float[]> scores = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        try (Head head = Head.fromBytes(Reranker.NAME, Reranker.export(best.model(), SIGMOID, draft), EncoderTextVectors.MATCHING)) {
            for (int q = 0; q < choose.size(); q++) {
                double[] probabilities = MatchingEvaluation.scores(head, chooseCandidates.get(q));
                for (int c = 0; c < probabilities.length; c++) {
                    double p = Math.min(1 - 1e-7, Math.max(1e-7, probabilities[c]));
                    scores.add(new float[] {(float) Math.log(p / (1 - p))});
                    right.add(MatchingEvaluation.relevant(choose.get(q), chooseCandidates.get(q).get(c), matcher) ? 1 : 0);
                }
            }
        }
        MlpTrainer.Settings logistic = new MlpTrainer.Settings(new int[0], 0f, 0f, 0.01f, 0f, 30, 64, 30, settings.seed(), null);
        Mlp scaling = MlpTrainer.train(scores.toArray(float[][]::new), right.stream().mapToInt(i -> i).toArray(), 2, logistic,
                network -> 0, line -> {}).model();
        return new Fitted(provenance -> Reranker.export(best.model(), scaling, provenance), best.epoch(), best.score());
    }

    /** A network of one input that gives the sigmoid of its input as the second class's probability. */
    private static final Mlp SIGMOID = new Mlp(new float[] {0}, new float[] {1},
            List.of(new Mlp.Dense(new float[] {0, 1}, new float[] {0, 0}, 2, 1)));

    private MlpTrainer.Settings mlpSettings(float[] classWeights) {
        return new MlpTrainer.Settings(settings.hidden(), 0f, 0.1f, settings.learningRate(), 1e-4f, settings.epochs(),
                settings.listwise() ? 16 : 64, 1, settings.seed(), classWeights);
    }

    private static Map<String, Object> figures(List<MatchingData.Query> queries, List<List<Candidate>> candidates,
            ClaimMatcher matcher, Head head) {
        Map<String, Object> figures = MatchingEvaluation.figures(queries.size(),
                MatchingEvaluation.map5(queries, candidates, matcher, forQuery -> MatchingEvaluation.scores(head, forQuery)),
                MatchingEvaluation.map5(queries, candidates, matcher, MatchingEvaluation.BM25),
                MatchingEvaluation.map5(queries, candidates, matcher, MatchingEvaluation.COSINE),
                MatchingEvaluation.candidateRecall(queries, candidates, matcher));
        figures.put("scoreCalibrationError", MatchingEvaluation.round(calibrationError(head, queries, candidates, matcher)));
        return figures;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }

    /** Expected calibration error (10 bins) of the head's probabilities over every candidate of the queries. */
    private static double calibrationError(Head head, List<MatchingData.Query> queries, List<List<Candidate>> candidates,
            ClaimMatcher matcher) {
        List<Double> scores = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            double[] forQuery = MatchingEvaluation.scores(head, candidates.get(q));
            for (int c = 0; c < forQuery.length; c++) {
                scores.add(forQuery[c]);
                right.add(MatchingEvaluation.relevant(queries.get(q), candidates.get(q).get(c), matcher));
            }
        }
        boolean[] outcomes = new boolean[right.size()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = right.get(i);
        }
        return Calibration.IDENTITY.expectedError(scores.stream().mapToDouble(Double::doubleValue).toArray(), outcomes);
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
