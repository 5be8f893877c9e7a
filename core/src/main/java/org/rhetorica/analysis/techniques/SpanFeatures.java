package org.rhetorica.analysis.techniques;

import java.util.List;
import java.util.Locale;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.doc.Spanned;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.Encoding;
import org.rhetorica.text.Sentences;

/**
 * What the technique classifier sees of a span: pooled encoder vectors of the span and of its
 * surroundings, and a few properties that vectors of two encoder layers do not show, above all
 * whether the same words recur elsewhere in the document (the mark of Repetition). Training and
 * analysis both compute features here.
 */
public final class SpanFeatures {
    /** Word pieces on each side of the span whose mean is a feature. */
    private static final int CONTEXT_PIECES = 8;
    private static final int POOLS = 7;
    private static final int PROPERTIES = 11;

    private SpanFeatures() {}

    static int size(int dim) {
        return POOLS * dim + PROPERTIES;
    }

    /** Features of {@code span}; {@code lowerText} is the document's text in lower case, shared across its spans. */
    public static float[] of(Document doc, String lowerText, Spanned span) {
        EncodedText vectors = doc.attachment(Encoding.VECTORS);
        int dim = vectors.dim();
        int[] pieces = vectors.tokensOverlapping(span);
        int from = Math.min(pieces[0], Math.max(0, vectors.size() - 1));
        int to = Math.max(pieces[1], from + 1);
        float[] features = new float[size(dim)];
        if (vectors.size() == 0) {
            return features;
        }
        Span sentence = sentenceAround(doc.layer(Sentences.LAYER), span);
        int at = 0;
        at = put(features, at, vectors.mean(from, to));
        vectors.copyVector(from, features, at);
        at += dim;
        vectors.copyVector(to - 1, features, at);
        at += dim;
        at = put(features, at, max(vectors, from, to));
        at = put(features, at, vectors.mean(sentence));
        at = put(features, at, vectors.mean(Math.max(0, from - CONTEXT_PIECES), from));
        at = put(features, at, vectors.mean(to, Math.min(vectors.size(), to + CONTEXT_PIECES)));
        properties(doc.text(span), lowerText, span, sentence, doc.text().length(), features, at);
        return features;
    }

    private static void properties(String text, String lowerText, Spanned span, Span sentence, int documentLength,
            float[] features, int at) {
        String words = text.strip().toLowerCase(Locale.ROOT);
        int occurrences = words.isEmpty() ? 0 : count(lowerText, words);
        long letters = text.chars().filter(Character::isLetter).count();
        long capitals = text.chars().filter(Character::isUpperCase).count();
        features[at++] = (float) Math.log1p(text.strip().split("\\s+").length);
        features[at++] = (float) Math.log1p(text.length());
        features[at++] = (float) Math.log1p(Math.max(0, occurrences - 1));
        features[at++] = occurrences > 1 ? 1 : 0;
        features[at++] = (float) text.length() / Math.max(1, sentence.length());
        features[at++] = text.indexOf('!') >= 0 ? 1 : 0;
        features[at++] = text.indexOf('?') >= 0 ? 1 : 0;
        features[at++] = text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 ? 1 : 0;
        features[at++] = letters == 0 ? 0 : (float) capitals / letters;
        features[at++] = (float) span.start() / Math.max(1, documentLength);
        features[at] = text.chars().anyMatch(Character::isDigit) ? 1 : 0;
    }

    private static int count(String haystack, String needle) {
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    /** The sentence holding the span's start, stretched to cover the span; the span itself if none. */
    private static Span sentenceAround(List<Span> sentences, Spanned span) {
        for (Span sentence : sentences) {
            if (sentence.start() <= span.start() && span.start() < sentence.end()) {
                return new Span(sentence.start(), Math.max(sentence.end(), span.end()));
            }
        }
        return Span.of(span);
    }

    private static float[] max(EncodedText vectors, int from, int to) {
        float[] max = new float[vectors.dim()];
        java.util.Arrays.fill(max, Float.NEGATIVE_INFINITY);
        for (int piece = from; piece < to; piece++) {
            for (int d = 0; d < max.length; d++) {
                max[d] = Math.max(max[d], vectors.value(piece, d));
            }
        }
        return max;
    }

    private static int put(float[] features, int at, float[] values) {
        System.arraycopy(values, 0, features, at, values.length);
        return at + values.length;
    }
}
