package org.rhetorica.train.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.rhetorica.claims.ClaimMatcher.Candidate;
import org.rhetorica.claims.ClaimMatcher;
import org.rhetorica.claims.KnownClaim;
import org.rhetorica.claims.KnownClaimMatches;
import org.rhetorica.claims.Reranker;
import org.rhetorica.claims.SameClaim;
import org.rhetorica.models.Head;

/**
 * Scores rankings of known claims with the task's MAP@5, for the re-ranker and for the single
 * retrievals it combines (BM25 alone, vectors alone), over the same candidates.
 */
final class MatchingEvaluation {
    /** Feature 0 is BM25 over claim and title relative to the best; 5 the claim's cosine (see MatchFeatures). */
    static final int BM25 = 0;
    static final int COSINE = 5;

    private MatchingEvaluation() {}

    /** MAP@5 when each query's candidates are ranked by one of their features (ties by claim order). */
    static double map5(List<MatchingData.Query> queries, List<List<Candidate>> candidates, ClaimMatcher matcher, int feature) {
        return map5(queries, candidates, matcher, forQuery -> forQuery.stream().mapToDouble(c -> c.features()[feature]).toArray());
    }

    /**
     * MAP@5 when each query's candidates are ranked by the scores {@code scorer} gives them (ties by
     * claim order), each followed by the claims listed again in its words, as {@link ClaimMatcher#match} ranks them.
     */
    static double map5(List<MatchingData.Query> queries, List<List<Candidate>> candidates, ClaimMatcher matcher,
            Function<List<Candidate>, double[]> scorer) {
        List<List<String>> rankings = new ArrayList<>();
        for (List<Candidate> forQuery : candidates) {
            double[] scores = scorer.apply(forQuery);
            List<String> ranking = new ArrayList<>();
            IntStream.range(0, forQuery.size()).boxed()
                    .sorted(Comparator.comparingDouble((Integer c) -> -scores[c]).thenComparingInt(c -> forQuery.get(c).claim()))
                    .forEach(c -> {
                        int claim = forQuery.get(c).claim();
                        ranking.add(matcher.claims().get(claim).id());
                        matcher.duplicatesOf(claim).forEach(d -> ranking.add(matcher.claims().get(d).id()));
                    });
            rankings.add(ranking.subList(0, Math.min(5, ranking.size())));
        }
        return MatchingData.meanAveragePrecision(queries, rankings, 5);
    }

    /** Whether a candidate is a claim that verifies the query, itself or in a later listing in the same words. */
    static boolean relevant(MatchingData.Query query, Candidate candidate, ClaimMatcher matcher) {
        if (query.relevant().contains(matcher.claims().get(candidate.claim()).id())) {
            return true;
        }
        return matcher.duplicatesOf(candidate.claim()).stream().anyMatch(d -> query.relevant().contains(matcher.claims().get(d).id()));
    }

    /** A head's scores for a query's candidates, in one run. */
    static double[] scores(Head head, List<Candidate> candidates) {
        float[] rows = new float[candidates.size() * Reranker.featureNames().size()];
        for (int c = 0; c < candidates.size(); c++) {
            float[] features = candidates.get(c).features();
            System.arraycopy(features, 0, rows, c * features.length, features.length);
        }
        return Reranker.scores(head, rows, candidates.size());
    }

    /** The share of queries with a relevant claim among their candidates: the most the re-ranker can find. */
    static double candidateRecall(List<MatchingData.Query> queries, List<List<Candidate>> candidates, ClaimMatcher matcher) {
        int found = 0;
        for (int q = 0; q < queries.size(); q++) {
            MatchingData.Query query = queries.get(q);
            if (candidates.get(q).stream().anyMatch(c -> relevant(query, c, matcher))) {
                found++;
            }
        }
        return queries.isEmpty() ? 0 : (double) found / queries.size();
    }

    /** The figures of one evaluation, by name, rounded for reports and provenance. */
    static Map<String, Object> figures(int queries, double reranked, double bm25, double vectors, double recall) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("queries", queries);
        figures.put("map5", round(reranked));
        figures.put("map5Bm25", round(bm25));
        figures.put("map5Vectors", round(vectors));
        figures.put("candidateRecall", round(recall));
        return figures;
    }

    static String summary(String part, Map<String, Object> figures) {
        return String.format(Locale.ROOT, "%s: %s queries: MAP@5 %.4f (BM25 alone %.4f, vectors alone %.4f; a relevant claim"
                + " among the candidates for %.4f)%n", part, figures.get("queries"), figures.get("map5"), figures.get("map5Bm25"),
                figures.get("map5Vectors"), figures.get("candidateRecall"));
    }

    /**
     * What {@code analyze --known} would attach to each query: its first match, when the re-ranker
     * scores it at least {@link KnownClaimMatches#DEFAULT_MIN_SCORE} and {@link KnownClaimMatches#confirms}
     * agrees; how many are attached and how many of those are right.
     */
    static String attached(List<MatchingData.Query> queries, ClaimMatcher matcher, SameClaim same) {
        List<String> texts = queries.stream().map(MatchingData.Query::text).toList();
        List<float[][]> vectors = matcher.embed(texts);
        List<List<ClaimMatcher.Match>> firsts = matcher.match(texts, vectors, 1, KnownClaimMatches.DEFAULT_MIN_SCORE);
        int attached = 0;
        int right = 0;
        for (int q = 0; q < queries.size(); q++) {
            if (firsts.get(q).isEmpty()) {
                continue;
            }
            KnownClaim known = firsts.get(q).get(0).claim();
            if (KnownClaimMatches.confirms(same, texts.get(q), vectors.get(q)[0], known, matcher.vectorOf(known))) {
                attached++;
                right += queries.get(q).relevant().contains(known.id()) ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "analyze --known would attach a known claim to %d of %d queries (%.4f), %d of them"
                + " right (precision %.4f)%n", attached, queries.size(), (double) attached / queries.size(), right,
                attached == 0 ? 0 : (double) right / attached);
    }

    static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
