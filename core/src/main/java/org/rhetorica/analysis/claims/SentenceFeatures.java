package org.rhetorica.analysis.claims;

import java.util.regex.Pattern;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Spanned;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.Encoding;

/**
 * What the check-worthiness head sees of a sentence: the mean and the maximum of its encoder
 * vectors, and facts the two uncased encoder layers show poorly: numbers, years, percentages, money,
 * capitalised names, a question, the first person, hedges and length. Training and analysis both
 * compute features here. (Words and word pairs hashed into 2,048 indicators beside these scored no
 * better on development sentences, F1 0.698 against 0.701, and were left out.)
 */
public final class SentenceFeatures {
    private static final int PROPERTIES = 12;
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
    private static final Pattern PERCENT = Pattern.compile("\\d\\s?%|\\bper ?cent\\b|\\bpercent(age)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY = Pattern.compile("[$€£¥]\\s?\\d|\\b(dollars?|euros?|pounds|billion|million|trillion)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}+");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I've|I'll|me|my)\\b");
    private static final Pattern OPINION = Pattern.compile("\\b(think|believe|feel|hope|want|should|must|will|would|going to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPARISON = Pattern.compile("\\b(more|less|fewer|most|least|highest|lowest|increase[ds]?|"
            + "decrease[ds]?|doubled|tripled|cut|raised|rose|fell)\\b", Pattern.CASE_INSENSITIVE);

    private SentenceFeatures() {}

    /** Features of one sentence of an encoded document. */
    public static float[] of(Document doc, Spanned sentence) {
        EncodedText vectors = doc.attachment(Encoding.VECTORS);
        int dim = vectors.dim();
        float[] features = new float[2 * dim + PROPERTIES];
        if (vectors.size() == 0) {
            return features;
        }
        int[] pieces = vectors.tokensOverlapping(sentence);
        int from = Math.min(pieces[0], vectors.size() - 1);
        int to = Math.max(pieces[1], from + 1);
        System.arraycopy(vectors.mean(from, to), 0, features, 0, dim);
        for (int d = 0; d < dim; d++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int piece = from; piece < to; piece++) {
                max = Math.max(max, vectors.value(piece, d));
            }
            features[dim + d] = max;
        }
        properties(doc.text(sentence), features, 2 * dim);
        return features;
    }

    private static void properties(String text, float[] features, int at) {
        String[] words = text.strip().split("\\s+");
        features[at++] = (float) Math.log1p(words.length);
        features[at++] = found(NUMBER, text);
        features[at++] = (float) Math.log1p(NUMBER.matcher(text).results().count());
        features[at++] = found(YEAR, text);
        features[at++] = found(PERCENT, text);
        features[at++] = found(MONEY, text);
        features[at++] = (float) Math.log1p(NAME.matcher(text).results().count());
        features[at++] = text.strip().endsWith("?") ? 1 : 0;
        features[at++] = found(FIRST_PERSON, text);
        features[at++] = found(OPINION, text);
        features[at++] = found(COMPARISON, text);
        features[at] = text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 ? 1 : 0;
    }

    private static float found(Pattern pattern, String text) {
        return pattern.matcher(text).find() ? 1 : 0;
    }
}
