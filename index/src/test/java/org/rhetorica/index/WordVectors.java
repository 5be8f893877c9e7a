package org.rhetorica.index;

import java.util.Locale;
import org.rhetorica.doc.Document;
import org.rhetorica.text.Sentences;

/**
 * Sentence vectors for tests: each word adds one to a component chosen by its hash, so that texts
 * sharing words point the same way. Deterministic and free of models.
 */
public final class WordVectors implements SentenceVectors {
    static final int DIMENSION = 64;
    private final long delayMillis;

    public WordVectors() {
        this(0);
    }

    /** @param delayMillis time each document takes, for tests that need a run to last */
    public WordVectors(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public float[][] sentences(Document doc) {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return doc.layer(Sentences.LAYER).stream().map(s -> query(doc.text(s))).toArray(float[][]::new);
    }

    @Override
    public float[] query(String text) {
        float[] vector = new float[DIMENSION];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 3) {
                vector[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
            }
        }
        return vector;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }
}
