package org.rhetorica.train.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rhetorica.claims.KnownClaims;
import org.rhetorica.claims.QueryText;

/**
 * CheckThat! 2020 task 2 (claim matching) as it lies on disk: the fact-checked claims
 * ({@code verified_claims.docs.tsv}), and per split ({@code train}, {@code dev}) the tweets
 * ({@code <split>.queries.tsv}) with the claims that verify them ({@code <split>.qrels}:
 * {@code tweet_id 0 claim_id 1}). Read with the same readers as {@code claims match} reads its files.
 */
record MatchingData(KnownClaims claims, List<Query> queries) {

    /** A tweet and the ids of the claims that verify it. */
    record Query(String id, String text, Set<String> relevant) {}

    static MatchingData read(Path folder, String split) {
        KnownClaims claims = KnownClaims.read(folder.resolve("verified_claims.docs.tsv"));
        if (!claims.problems().isEmpty()) {
            throw new IllegalStateException(claims.problems().get(0));
        }
        Map<String, Set<String>> relevant = new LinkedHashMap<>();
        Path qrels = folder.resolve(split + ".qrels");
        try {
            for (String line : Files.readAllLines(qrels, StandardCharsets.UTF_8)) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length == 4 && !fields[3].equals("0")) {
                    relevant.computeIfAbsent(fields[0], id -> new HashSet<>()).add(fields[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + qrels, e);
        }
        List<Query> queries = new ArrayList<>();
        for (QueryText query : QueryText.read(folder.resolve(split + ".queries.tsv"))) {
            Set<String> claimIds = relevant.get(query.id());
            if (claimIds != null) {
                queries.add(new Query(query.id(), query.text(), Set.copyOf(claimIds)));
            }
        }
        return new MatchingData(claims, queries);
    }

    /** The data fingerprint's files, in a fixed order. */
    static List<Path> files(Path folder) {
        return List.of(folder.resolve("verified_claims.docs.tsv"), folder.resolve("train.queries.tsv"),
                folder.resolve("train.qrels"), folder.resolve("dev.queries.tsv"), folder.resolve("dev.qrels"));
    }

    /**
     * Mean average precision over the first {@code k} claims ranked for each query, the task's
     * official MAP@5 for {@code k = 5}: per query, the precision at each rank that holds a relevant
     * claim, summed and divided by the number of relevant claims (at most {@code k}).
     */
    static double meanAveragePrecision(List<Query> queries, List<List<String>> rankings, int k) {
        double total = 0;
        for (int q = 0; q < queries.size(); q++) {
            Set<String> relevant = queries.get(q).relevant();
            List<String> ranked = rankings.get(q);
            int hits = 0;
            double sum = 0;
            for (int rank = 0; rank < Math.min(k, ranked.size()); rank++) {
                if (relevant.contains(ranked.get(rank))) {
                    hits++;
                    sum += (double) hits / (rank + 1);
                }
            }
            total += sum / Math.min(k, relevant.size());
        }
        return queries.isEmpty() ? 0 : total / queries.size();
    }
}
