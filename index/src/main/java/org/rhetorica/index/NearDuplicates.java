package org.rhetorica.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * MinHash signatures of documents, for finding near-duplicates (a syndicated story, the same article
 * republished with a new headline): the minimum hashes of the text's five-word shingles in
 * {@value #BUCKETS} buckets, each kept with its bucket. Two texts share about as many buckets as the Jaccard similarity of their
 * shingles says; at {@value #SIMILAR} or more they are near-duplicates. Thread-safe.
 */
final class NearDuplicates {
    static final int BUCKETS = 128;
    static final double SIMILAR = 0.6;
    /** Texts shorter than this many words get no signature: short texts share shingles by chance. */
    static final int MIN_WORDS = 40;
    private static final int SHINGLE = 5;

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer words = new StandardTokenizer();
            ShingleFilter shingles = new ShingleFilter(new LowerCaseFilter(words), SHINGLE, SHINGLE);
            shingles.setOutputUnigrams(false);
            return new TokenStreamComponents(words, new MinHashFilter(shingles, 1, BUCKETS, 1, true));
        }
    };

    /** The text's signature, or an empty set for a text too short to have one. */
    Set<String> signature(String text, int words) {
        Set<String> hashes = new HashSet<>();
        if (words < MIN_WORDS) {
            return hashes;
        }
        try (TokenStream tokens = analyzer.tokenStream(Schema.MINHASH, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            // The filter gives one minimum per bucket, in bucket order; equal minima of two buckets are two entries.
            for (int bucket = 0; tokens.incrementToken(); bucket++) {
                hashes.add(bucket + ":" + term);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash a text held in memory", e);
        }
        return hashes;
    }

    /** How many buckets two signatures must share to be near-duplicates. */
    static int sharedNeeded() {
        return (int) Math.ceil(SIMILAR * BUCKETS);
    }

    static boolean similar(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String hash : a) {
            if (b.contains(hash)) {
                shared++;
            }
        }
        return shared >= sharedNeeded();
    }
}
