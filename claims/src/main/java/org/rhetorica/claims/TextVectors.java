package org.rhetorica.claims;

import java.util.List;

/**
 * Vectors of stand-alone texts (claims, queries) for comparing them by meaning: unit length, so that
 * a dot product is their cosine. Every vector the claims module compares comes through here.
 * Implementations are thread-safe.
 */
public interface TextVectors {
    /** One unit vector per text, in order. */
    float[][] embed(List<String> texts);

    /** What decides the vectors (model, depth, pooling): vectors of another id are not comparable. */
    String id();

    /** The dot product of two vectors of equal length: their cosine, for unit vectors. */
    static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** The vector scaled to unit length; zeros stay zeros. */
    static float[] unit(float[] vector) {
        double squares = 0;
        for (float v : vector) {
            squares += (double) v * v;
        }
        float scale = squares == 0 ? 0 : (float) (1 / Math.sqrt(squares));
        float[] result = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            result[i] = vector[i] * scale;
        }
        return result;
    }
}
