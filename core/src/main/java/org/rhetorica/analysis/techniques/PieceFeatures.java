package org.rhetorica.analysis.techniques;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.rhetorica.doc.Document;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.Encoding;
import org.rhetorica.models.PieceRows;
import org.rhetorica.models.VectorsAndFacts;

/**
 * What the span tagger sees of each word piece: its encoder vector, and four facts about its word
 * that two encoder layers cannot see across a whole article: how often the word recurs in the
 * document, whether it recurs at all (for words longer than three letters), whether it is
 * capitalised, and whether it stands inside quotation marks.
 */
public final class PieceFeatures {
    static final int EXTRA = 4;

    private PieceFeatures() {}

    static int size(int dim) {
        return dim + EXTRA;
    }

    /** Features of every piece: its vector, then the four facts. */
    public static PieceRows of(Document doc) {
        EncodedText vectors = doc.attachment(Encoding.VECTORS);
        int n = vectors.size();
        String text = doc.text();
        String lower = text.toLowerCase(Locale.ROOT);
        String[] words = new String[n];
        Map<String, Integer> counts = new HashMap<>();
        for (int[] range : vectors.wordPieces()) {
            String word = lower.substring(vectors.start(range[0]), vectors.end(range[1]));
            Arrays.fill(words, range[0], range[1] + 1, word);
            counts.merge(word, 1, Integer::sum);
        }
        float[] facts = new float[n * EXTRA];
        boolean quoted = false;
        for (int piece = 0; piece < n; piece++) {
            char first = text.charAt(vectors.start(piece));
            if (vectors.end(piece) - vectors.start(piece) == 1 && (first == '"' || first == '\u201C' || first == '\u201D')) {
                quoted = !quoted;
            }
            int count = counts.get(words[piece]);
            int at = piece * EXTRA;
            facts[at] = (float) Math.log(count);
            facts[at + 1] = Character.isUpperCase(first) ? 1 : 0;
            facts[at + 2] = quoted ? 1 : 0;
            facts[at + 3] = words[piece].length() > 3 && count > 1 ? 1 : 0;
        }
        return new VectorsAndFacts(vectors, facts, EXTRA);
    }
}
