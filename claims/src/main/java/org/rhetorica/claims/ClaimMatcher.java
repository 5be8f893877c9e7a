package org.rhetorica.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds, for a text, the known claims it repeats. Two retrievals gather candidates: BM25 over each
 * claim with its title (Lucene), and the cosine of text vectors (exact, over every claim: a list of
 * fact-checks is thousands to a few hundred thousand claims); a trained re-ranker then scores each
 * candidate from {@link MatchFeatures} with the probability that it is the claim the text makes.
 * Build once per list of claims (embedding the list is the slow part: see {@link VectorCache});
 * matching is thread-safe.
 */
public final class ClaimMatcher implements AutoCloseable {
    /** How many claims each retrieval hands the re-ranker. */
    static final int CANDIDATES = 30;
    /** How deep BM25 looks, so that a claim found by its vector alone still gets a BM25 score when it has one. */
    private static final int BM25_DEPTH = 200;

    private final List<KnownClaim> claims;
    private final TextVectors vectors;
    private final LexicalIndex lexical;
    private final float[][] claimVectors;
    private final float[][] titleVectors;
    private final List<Set<String>> claimStems;
    private final List<Set<String>> claimAndTitleStems;
    private final List<Set<String>> claimNumbers;
    private final Reranker reranker;

    /** A known claim ranked for a text, with its probability of being the claim the text makes. */
    public record Match(KnownClaim claim, int rank, double score) {}

    /** A candidate for a text with its features, for training and evaluation. */
    public record Candidate(int claim, float[] features) {}

    /**
     * @param vectors embeds the texts to match; the claims' own vectors come in {@code claimVectors}
     * @param claimVectors per claim, the vectors of its claim and of its title (or null), as {@code vectors} makes them
     * @param reranker scores candidates; null to gather candidates for training only
     */
    public ClaimMatcher(KnownClaims known, TextVectors vectors, ClaimVectors claimVectors, Reranker reranker) {
        this.claims = known.claims();
        this.vectors = vectors;
        this.reranker = reranker;
        this.claimVectors = claimVectors.claims();
        this.titleVectors = claimVectors.titles();
        List<String[]> texts = new ArrayList<>();
        this.claimStems = new ArrayList<>();
        this.claimAndTitleStems = new ArrayList<>();
        this.claimNumbers = new ArrayList<>();
        for (KnownClaim claim : claims) {
            texts.add(new String[] {claim.claimAndTitle(), claim.claim(), claim.title()});
            claimStems.add(Words.stems(claim.claim()));
            claimAndTitleStems.add(Words.stems(claim.claimAndTitle()));
            claimNumbers.add(Words.numbers(claim.claim()));
        }
        this.lexical = new LexicalIndex(List.of("all", "claim", "title"), texts);
    }

    /** Embeds the claims of a list (and their titles) with {@code vectors}, through {@code cache} when given. */
    public static ClaimVectors embed(KnownClaims known, TextVectors vectors, VectorCache cache) {
        List<String> claimTexts = known.claims().stream().map(KnownClaim::claim).toList();
        List<String> titled = known.claims().stream().map(KnownClaim::title).filter(java.util.Objects::nonNull).toList();
        float[][] claimVectors = cache == null ? vectors.embed(claimTexts) : cache.vectors(vectors, claimTexts);
        float[][] titleVectors = cache == null ? vectors.embed(titled) : cache.vectors(vectors, titled);
        float[][] byClaim = new float[claimTexts.size()][];
        int next = 0;
        for (int i = 0; i < byClaim.length; i++) {
            byClaim[i] = known.claims().get(i).title() == null ? null : titleVectors[next++];
        }
        return new ClaimVectors(claimVectors, byClaim);
    }

    public List<KnownClaim> claims() {
        return claims;
    }

    /** The best {@code k} known claims for each text, best first; claims scoring below {@code minScore} are left out. */
    public List<List<Match>> match(List<String> texts, int k, double minScore) {
        if (reranker == null) {
            throw new IllegalStateException("this matcher has no re-ranker; it gathers candidates only");
        }
        List<List<Candidate>> all = candidates(texts);
        List<List<Match>> matches = new ArrayList<>();
        for (List<Candidate> candidates : all) {
            float[] rows = new float[candidates.size() * MatchFeatures.SIZE];
            for (int c = 0; c < candidates.size(); c++) {
                System.arraycopy(candidates.get(c).features(), 0, rows, c * MatchFeatures.SIZE, MatchFeatures.SIZE);
            }
            double[] scores = reranker.scores(rows, candidates.size());
            List<Integer> order = IntStream.range(0, candidates.size()).boxed()
                    .sorted(Comparator.comparingDouble((Integer c) -> -scores[c]).thenComparingInt(c -> candidates.get(c).claim()))
                    .toList();
            List<Match> top = new ArrayList<>();
            for (int c : order) {
                if (top.size() == k || scores[c] < minScore) {
                    break;
                }
                top.add(new Match(claims.get(candidates.get(c).claim()), top.size() + 1, scores[c]));
            }
            matches.add(top);
        }
        return matches;
    }

    /** Each text's candidates from both retrievals with their features, in order of claim. */
    public List<List<Candidate>> candidates(List<String> texts) {
        float[][] textVectors = vectors.embed(texts.stream().map(LexicalIndex::withoutLinks).toList());
        List<List<Candidate>> all = new ArrayList<>();
        for (int t = 0; t < texts.size(); t++) {
            all.add(candidates(texts.get(t), textVectors[t]));
        }
        return all;
    }

    private List<Candidate> candidates(String text, float[] vector) {
        Map<Integer, float[]> lexicalScores = new HashMap<>(); // claim -> {all, claim, title relative; all raw; all rank}
        String[] fields = {"all", "claim", "title"};
        for (int f = 0; f < fields.length; f++) {
            List<LexicalIndex.Hit> hits = lexical.search(fields[f], text, BM25_DEPTH);
            float best = hits.isEmpty() ? 1 : hits.get(0).score();
            for (int rank = 0; rank < hits.size(); rank++) {
                LexicalIndex.Hit hit = hits.get(rank);
                float[] scores = lexicalScores.computeIfAbsent(hit.ordinal(), c -> new float[5]);
                scores[f] = hit.score() / best;
                if (f == 0) {
                    scores[3] = hit.score();
                    scores[4] = 1f / (1 + rank);
                }
            }
        }
        float[] cosines = new float[claims.size()];
        for (int c = 0; c < cosines.length; c++) {
            cosines[c] = TextVectors.dot(vector, claimVectors[c]);
        }
        int[] byCosine = top(cosines, BM25_DEPTH);
        Map<Integer, Integer> cosineRank = new HashMap<>();
        for (int rank = 0; rank < byCosine.length; rank++) {
            cosineRank.put(byCosine[rank], rank);
        }
        java.util.TreeSet<Integer> chosen = new java.util.TreeSet<>();
        for (int rank = 0; rank < Math.min(CANDIDATES, byCosine.length); rank++) {
            chosen.add(byCosine[rank]);
        }
        lexicalScores.forEach((claim, scores) -> {
            if (scores[4] > 1f / (1 + CANDIDATES)) {
                chosen.add(claim);
            }
        });
        float bestCosine = byCosine.length == 0 ? 0 : cosines[byCosine[0]];
        Map<Integer, Float> titleCosines = new HashMap<>();
        float bestTitle = -1;
        for (int c : chosen) {
            float cosine = titleVectors[c] == null ? cosines[c] : TextVectors.dot(vector, titleVectors[c]);
            titleCosines.put(c, cosine);
            bestTitle = Math.max(bestTitle, cosine);
        }
        Set<String> textStems = Words.stems(LexicalIndex.withoutLinks(text));
        Set<String> textNumbers = Words.numbers(text);
        float textWeight = weight(textStems);
        List<Candidate> candidates = new ArrayList<>();
        for (int c : chosen) {
            float[] lexicalScore = lexicalScores.getOrDefault(c, new float[5]);
            Integer rank = cosineRank.get(c);
            int shared = 0;
            for (String number : claimNumbers.get(c)) {
                if (textNumbers.contains(number)) {
                    shared++;
                }
            }
            float claimWeight = weight(claimStems.get(c));
            float claimShared = 0;
            for (String stem : claimStems.get(c)) {
                claimShared += textStems.contains(stem) ? lexical.idf("all", stem) : 0;
            }
            float textShared = 0;
            float rarest = 0;
            for (String stem : textStems) {
                if (claimAndTitleStems.get(c).contains(stem)) {
                    float idf = lexical.idf("all", stem);
                    textShared += idf;
                    rarest = Math.max(rarest, idf);
                }
            }
            float titleCosine = titleCosines.get(c);
            candidates.add(new Candidate(c, new float[] {
                lexicalScore[0],
                (float) Math.log1p(lexicalScore[3]),
                lexicalScore[4],
                lexicalScore[1],
                lexicalScore[2],
                cosines[c],
                titleCosine,
                cosines[c] - bestCosine,
                titleCosine - bestTitle,
                rank == null ? 0 : 1f / (1 + rank),
                Words.covered(claimStems.get(c), textStems),
                Words.covered(textStems, claimAndTitleStems.get(c)),
                claimWeight == 0 ? 0 : claimShared / claimWeight,
                textWeight == 0 ? 0 : textShared / textWeight,
                rarest,
                shared,
                claimNumbers.get(c).size() - shared}));
        }
        return candidates;
    }

    /** The summed idf of words. */
    private float weight(Set<String> stems) {
        float sum = 0;
        for (String stem : stems) {
            sum += lexical.idf("all", stem);
        }
        return sum;
    }

    /** The positions of the {@code n} highest values, highest first (ties by position). */
    static int[] top(float[] values, int n) {
        return IntStream.range(0, values.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i))
                .limit(n).mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void close() {
        lexical.close();
    }
}
