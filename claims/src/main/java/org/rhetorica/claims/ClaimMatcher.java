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
    /** Dot products with the vectors of the claims kept, in the order of {@link #kept}. */
    private final DotProducts keptProducts;
    private final float[][] claimVectors;
    private final float[][] titleVectors;
    /** Each claim's words, worked out when it is first a candidate: most claims of a long list never are. */
    private final java.util.concurrent.ConcurrentHashMap<Integer, ClaimWords> words = new java.util.concurrent.ConcurrentHashMap<>();
    private final Reranker reranker;
    /** The claims that stand for their words: the first of each set of identical claims, in list order. */
    private final int[] kept;
    /** For each claim kept, the later claims of the list with the same words; empty lists for most. */
    private final Map<Integer, List<Integer>> duplicates = new HashMap<>();

    /**
     * A known claim ranked for a text, with its probability of being the claim the text makes. A claim
     * listed again in the same words comes right after the first listing, with a score a hair lower.
     */
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
        Map<String, Integer> firstByWords = new HashMap<>();
        List<Integer> keptClaims = new ArrayList<>();
        for (int c = 0; c < claims.size(); c++) {
            KnownClaim claim = claims.get(c);
            Integer first = firstByWords.putIfAbsent(sameWords(claim.claim()), c);
            if (first != null) {
                duplicates.computeIfAbsent(first, f -> new ArrayList<>()).add(c);
            } else {
                keptClaims.add(c);
                texts.add(new String[] {claim.claimAndTitle(), claim.claim(), claim.title()});
            }
        }
        this.kept = keptClaims.stream().mapToInt(Integer::intValue).toArray();
        this.lexical = new LexicalIndex(List.of("all", "claim", "title"), texts);
        this.keptProducts = new DotProducts(java.util.Arrays.stream(kept).mapToObj(c -> this.claimVectors[c]).toArray(float[][]::new),
                Runtime.getRuntime().availableProcessors());
    }

    private ClaimWords wordsOf(int claim) {
        return words.computeIfAbsent(claim, c -> ClaimWords.of(claims.get(c)));
    }

    /** What the features read of a known claim's words, worked out once. */
    private record ClaimWords(Set<String> stems, Set<String> stemsWithTitle, Set<String> numbers, Set<String> pairs,
            Set<String> titlePairs) {
        static ClaimWords of(KnownClaim claim) {
            Set<String> stems = Words.stems(claim.claim());
            Set<String> withTitle = stems;
            Set<String> titlePairs = Set.of();
            if (claim.title() != null) {
                withTitle = new java.util.LinkedHashSet<>(stems);
                withTitle.addAll(Words.stems(claim.title()));
                titlePairs = Words.pairs(claim.title());
            }
            return new ClaimWords(stems, withTitle, Words.numbers(claim.claim()), Words.pairs(claim.claim()), titlePairs);
        }
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

    /**
     * Unit vectors of texts as the matcher compares them with the known claims: for each text, its
     * whole vector first, then one per sentence when it has several.
     */
    public List<float[][]> embed(List<String> texts) {
        List<String> cleaned = texts.stream().map(LexicalIndex::withoutLinks).toList();
        return vectors.embedWithParts(cleaned, cleaned.stream().map(ClaimMatcher::sentences).toList());
    }

    /** The unit vector of a known claim of this matcher's list. */
    public float[] vectorOf(KnownClaim claim) {
        return claimVectors[claims.indexOf(claim)];
    }

    /** The best {@code k} known claims for each text, best first; claims scoring below {@code minScore} are left out. */
    public List<List<Match>> match(List<String> texts, int k, double minScore) {
        return match(texts, embed(texts), k, minScore);
    }

    /** As {@link #match(List, int, double)}, for texts already embedded by {@link #embed}. */
    public List<List<Match>> match(List<String> texts, List<float[][]> textVectors, int k, double minScore) {
        if (reranker == null) {
            throw new IllegalStateException("this matcher has no re-ranker; it gathers candidates only");
        }
        List<List<Candidate>> all = candidates(texts, textVectors);
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
                int claim = candidates.get(c).claim();
                double score = scores[c];
                top.add(new Match(claims.get(claim), top.size() + 1, score));
                for (int duplicate : duplicates.getOrDefault(claim, List.of())) {
                    if (top.size() < k) {
                        score = Math.nextDown(score);
                        top.add(new Match(claims.get(duplicate), top.size() + 1, score));
                    }
                }
            }
            matches.add(top);
        }
        return matches;
    }

    /** The claims listed again after {@code claim} in the same words. */
    public List<Integer> duplicatesOf(int claim) {
        return duplicates.getOrDefault(claim, List.of());
    }

    /** A claim's words as compared for duplicates: case, quotation marks, spacing and a final full stop do not count. */
    static String sameWords(String claim) {
        return claim.toLowerCase(java.util.Locale.ROOT).replaceAll("[\"'`\u2018\u2019\u201C\u201D]", "")
                .replaceAll("\\s+", " ").strip().replaceAll("\\.$", "");
    }

    /** Each text's candidates from both retrievals with their features, in order of claim; claims listed again are left out. */
    public List<List<Candidate>> candidates(List<String> texts) {
        return candidates(texts, embed(texts));
    }

    private List<List<Candidate>> candidates(List<String> texts, List<float[][]> textVectors) {
        float[][] keptCosines = keptProducts.of(textVectors.stream().map(v -> v[0]).toArray(float[][]::new));
        return IntStream.range(0, texts.size()).parallel()
                .mapToObj(t -> candidates(texts.get(t), textVectors.get(t), keptCosines[t])).toList();
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?\u2026])\\s+|\\s*\\n\\s*");

    /** The sentences of a text, roughly (after . ! ? … and at line breaks), when it has more than one. */
    static List<int[]> sentences(String text) {
        List<int[]> sentences = new ArrayList<>();
        java.util.regex.Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (start < text.length()) {
            int stop = end.find(start) ? end.start() : text.length();
            int next = stop == text.length() ? stop : end.end();
            if (!text.substring(start, stop).isBlank()) {
                sentences.add(new int[] {start, stop});
            }
            start = Math.max(next, start + 1);
        }
        return sentences.size() > 1 ? sentences : List.of();
    }

    private List<Candidate> candidates(String text, float[][] textVectors, float[] keptCosines) {
        float[] vector = textVectors[0];
        Map<Integer, float[]> lexicalScores = new HashMap<>(); // claim -> {all, claim, title relative; all raw; all rank}
        String[] fields = {"all", "claim", "title"};
        for (int f = 0; f < fields.length; f++) {
            List<LexicalIndex.Hit> hits = lexical.search(fields[f], text, BM25_DEPTH);
            float best = hits.isEmpty() ? 1 : hits.get(0).score();
            for (int rank = 0; rank < hits.size(); rank++) {
                LexicalIndex.Hit hit = hits.get(rank);
                float[] scores = lexicalScores.computeIfAbsent(kept[hit.ordinal()], c -> new float[5]);
                scores[f] = hit.score() / best;
                if (f == 0) {
                    scores[3] = hit.score();
                    scores[4] = 1f / (1 + rank);
                }
            }
        }
        float[] cosines = new float[claims.size()];
        for (int k = 0; k < kept.length; k++) {
            cosines[kept[k]] = keptCosines[k];
        }
        int[] byCosine = java.util.Arrays.stream(top(keptCosines, BM25_DEPTH)).map(k -> kept[k]).toArray();
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
        Set<String> textPairs = Words.pairs(LexicalIndex.withoutLinks(text));
        float textWeight = weight(textStems);
        List<Candidate> candidates = new ArrayList<>();
        for (int c : chosen) {
            float[] lexicalScore = lexicalScores.getOrDefault(c, new float[5]);
            Integer rank = cosineRank.get(c);
            int shared = 0;
            int telling = 0;
            for (String number : wordsOf(c).numbers()) {
                if (textNumbers.contains(number)) {
                    shared++;
                    telling += Words.telling(number) ? 1 : 0;
                }
            }
            float claimWeight = weight(wordsOf(c).stems());
            float claimShared = 0;
            for (String stem : wordsOf(c).stems()) {
                claimShared += textStems.contains(stem) ? lexical.idf("all", stem) : 0;
            }
            float textShared = 0;
            float rarest = 0;
            for (String stem : textStems) {
                if (wordsOf(c).stemsWithTitle().contains(stem)) {
                    float idf = lexical.idf("all", stem);
                    textShared += idf;
                    rarest = Math.max(rarest, idf);
                }
            }
            float titleCosine = titleCosines.get(c);
            float sentenceClaim = cosines[c];
            float sentenceTitle = titleCosine;
            for (int p = 1; p < textVectors.length; p++) {
                sentenceClaim = Math.max(sentenceClaim, TextVectors.dot(textVectors[p], claimVectors[c]));
                sentenceTitle = Math.max(sentenceTitle, titleVectors[c] == null ? 0 : TextVectors.dot(textVectors[p], titleVectors[c]));
            }
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
                sentenceClaim,
                sentenceTitle,
                Words.covered(wordsOf(c).stems(), textStems),
                Words.covered(textStems, wordsOf(c).stemsWithTitle()),
                claimWeight == 0 ? 0 : claimShared / claimWeight,
                textWeight == 0 ? 0 : textShared / textWeight,
                rarest,
                Words.covered(wordsOf(c).pairs(), textPairs),
                Words.covered(wordsOf(c).titlePairs(), textPairs),
                telling,
                shared,
                wordsOf(c).numbers().size() - shared}));
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
        if (values.length == 0) {
            return new int[0];
        }
        // Only values from the n-th highest up are sorted as boxed positions.
        float[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        float cut = sorted[Math.max(0, sorted.length - n)];
        return IntStream.range(0, values.length).filter(i -> values[i] >= cut).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i))
                .limit(n).mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void close() {
        lexical.close();
        keptProducts.close();
    }
}
