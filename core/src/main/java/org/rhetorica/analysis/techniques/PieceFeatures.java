package org.rhetorica.analysis.techniques;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.rhetorica.doc.Document;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.Encoding;

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

    /** Features of every piece, row-major: {@code pieces × size(dim)}. */
    public static float[] of(Document doc) {
        EncodedText vectors = doc.attachment(Encoding.VECTORS);
        int n = vectors.size();
        int dim = vectors.dim();
        int width = size(dim);
        String text = doc.text();
        String lower = text.toLowerCase(Locale.ROOT);
        String[] words = new String[n];
        Map<String, Integer> counts = new HashMap<>();
        for (int[] range : vectors.wordPieces()) {
            String word = lower.substring(vectors.start(range[0]), vectors.end(range[1]));
            Arrays.fill(words, range[0], range[1] + 1, word);
            counts.merge(word, 1, Integer::sum);
        }
        float[] features = new float[n * width];
        boolean quoted = false;
        for (int piece = 0; piece < n; piece++) {
            vectors.copyVector(piece, features, piece * width);
            char first = text.charAt(vectors.start(piece));
            if (vectors.end(piece) - vectors.start(piece) == 1 && (first == '"' || first == '\u201C' || first == '\u201D')) {
                quoted = !quoted;
            }
            int count = counts.get(words[piece]);
            int at = piece * width + dim;
            features[at] = (float) Math.log(count);
            features[at + 1] = Character.isUpperCase(first) ? 1 : 0;
            features[at + 2] = quoted ? 1 : 0;
            features[at + 3] = words[piece].length() > 3 && count > 1 ? 1 : 0;
        }
        return features;
    }
}
