package org.rhetorica.models;

import java.util.ArrayList;
import java.util.List;
import org.rhetorica.doc.Spanned;

/**
 * The encoder's output for one text: a vector per word piece (kept in half precision, see {@link
 * PieceVectors}), each piece with its character range (UTF-16 indices into the text). Special tokens
 * are not included. Immutable.
 */
public final class EncodedText {
    private final int[] starts;
    private final int[] ends;
    private final int[] words;
    private final PieceVectors vectors;
    private final int dim;

    EncodedText(int[] starts, int[] ends, int[] words, PieceVectors vectors) {
        if (starts.length != ends.length || words.length != starts.length || vectors.pieces() != starts.length) {
            throw new IllegalArgumentException("token ranges and vectors disagree in number");
        }
        this.starts = starts;
        this.ends = ends;
        this.words = words;
        this.vectors = vectors;
        this.dim = vectors.dim();
    }

    /** Number of word pieces. */
    public int size() {
        return starts.length;
    }

    /** Length of each vector. */
    public int dim() {
        return dim;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    /**
     * The word the piece belongs to, counted from 0 in text order. The tokenizer splits words at
     * white space and punctuation: "don't" is three words, "unbelievable" one word of several pieces.
     */
    public int word(int token) {
        return words[token];
    }

    /**
     * The words, each as the range of pieces {@code [first, last]} that make it, in text order: the one
     * place where pieces are grouped into words.
     */
    public List<int[]> wordPieces() {
        List<int[]> grouped = new ArrayList<>();
        for (int piece = 0; piece < size(); ) {
            int last = piece;
            while (last + 1 < size() && words[last + 1] == words[piece]) {
                last++;
            }
            grouped.add(new int[] {piece, last});
            piece = last + 1;
        }
        return grouped;
    }

    public float value(int token, int component) {
        return vectors.get(token, component);
    }

    /** Copies the vector of {@code token} into {@code target} at {@code offset}. */
    public void copyVector(int token, float[] target, int offset) {
        vectors.copy(token, target, offset);
    }

    /** First token that ends after {@code offset}: the token holding it, or the next one. */
    public int firstTokenEndingAfter(int offset) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Tokens overlapping {@code span} as {@code [from, to)}; empty ({@code from == to}) if none. */
    public int[] tokensOverlapping(Spanned span) {
        int from = firstTokenEndingAfter(span.start());
        int to = from;
        while (to < starts.length && starts[to] < span.end()) {
            to++;
        }
        return new int[] {from, to};
    }

    /** Mean vector of the tokens overlapping {@code span}; zeros when none do. */
    public float[] mean(Spanned span) {
        int[] range = tokensOverlapping(span);
        return mean(range[0], range[1]);
    }

    /** Mean vector of tokens {@code [from, to)}; zeros when the range is empty. */
    public float[] mean(int from, int to) {
        float[] sum = new float[dim];
        for (int token = from; token < to; token++) {
            vectors.addTo(token, sum);
        }
        if (to > from) {
            float scale = 1f / (to - from);
            for (int i = 0; i < dim; i++) {
                sum[i] *= scale;
            }
        }
        return sum;
    }
}
