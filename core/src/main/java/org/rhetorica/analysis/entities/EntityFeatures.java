package org.rhetorica.analysis.entities;

import java.util.List;
import org.rhetorica.doc.Span;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.PieceRows;
import org.rhetorica.models.VectorsAndFacts;

/**
 * What the entity tagger sees of each word piece: its encoder vector and six facts about the shape
 * of the word it belongs to, which the uncased tokenizer throws away: whether the word is
 * capitalised, written in capitals, holds a digit or is punctuation, whether the piece is the word's
 * first and whether the word opens a sentence (where a capital says nothing). Training and analysis
 * both compute them here.
 */
public final class EntityFeatures {
    static final int EXTRA = 6;

    private EntityFeatures() {}

    /** Features of every piece of {@code text}: its vector, then the six facts. */
    public static PieceRows of(String text, EncodedText vectors, List<Span> sentences) {
        boolean[] opensSentence = new boolean[vectors.size()];
        for (Span sentence : sentences) {
            int first = vectors.firstTokenEndingAfter(sentence.start());
            if (first < vectors.size() && vectors.start(first) < sentence.end()) {
                opensSentence[first] = true;
            }
        }
        float[] facts = new float[vectors.size() * EXTRA];
        for (int[] word : vectors.wordPieces()) {
            int start = vectors.start(word[0]);
            int end = vectors.end(word[1]);
            float[] shape = shape(text, start, end, opensSentence[word[0]]);
            for (int piece = word[0]; piece <= word[1]; piece++) {
                System.arraycopy(shape, 0, facts, piece * EXTRA, EXTRA);
                facts[piece * EXTRA + 4] = piece == word[0] ? 1 : 0;
            }
        }
        return new VectorsAndFacts(vectors, facts, EXTRA);
    }

    private static float[] shape(String text, int start, int end, boolean opensSentence) {
        int letters = 0;
        int capitals = 0;
        boolean digit = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                capitals += Character.isUpperCase(c) ? 1 : 0;
            }
            digit |= Character.isDigit(c);
        }
        char first = text.charAt(start);
        return new float[] {
            Character.isUpperCase(first) ? 1 : 0,
            letters > 1 && capitals == letters ? 1 : 0,
            digit ? 1 : 0,
            Character.isLetterOrDigit(first) ? 0 : 1,
            0,
            opensSentence ? 1 : 0,
        };
    }
}
