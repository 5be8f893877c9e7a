package org.rhetorica.index;

import java.util.List;
import org.rhetorica.doc.Document;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.Encoding;
import org.rhetorica.models.TextEncoder;
import org.rhetorica.text.Sentences;

/**
 * Sentence vectors of the shared encoder: the mean of a sentence's word-piece vectors
 * ({@link Encoding#sentenceVectors}). A document analysed a moment ago still carries its pieces'
 * vectors; one read back from a result is encoded again.
 */
public final class EncoderSentenceVectors implements SentenceVectors {
    private final TextEncoder encoder;

    public EncoderSentenceVectors(TextEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public float[][] sentences(Document doc) {
        if (!doc.isEnglish() || doc.layer(Sentences.LAYER).isEmpty()) {
            return null;
        }
        Document encoded = doc.has(Encoding.VECTORS) ? doc
                : doc.with(Encoding.VECTORS, encoder.encode(doc.text(), doc.layer(Sentences.LAYER)));
        return Encoding.sentenceVectors(encoded);
    }

    @Override
    public float[] query(String text) {
        EncodedText encoded = encoder.encode(text, List.of());
        return encoded.mean(0, encoded.size());
    }

    @Override
    public int dimension() {
        return encoder.dim();
    }
}
