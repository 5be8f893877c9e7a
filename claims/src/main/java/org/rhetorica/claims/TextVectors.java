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

    /**
     * One unit vector for each text and for each of its parts ({@code [start, end)} ranges of it, its
     * sentences, say): element {@code i} holds text {@code i}'s vector, then its parts'. By default
     * each is embedded on its own; an encoder may pool the parts from one pass over the text.
     */
    default List<float[][]> embedWithParts(List<String> texts, List<List<int[]>> parts) {
        List<float[][]> result = new java.util.ArrayList<>();
        for (int t = 0; t < texts.size(); t++) {
            List<String> pieces = new java.util.ArrayList<>(List.of(texts.get(t)));
            for (int[] part : parts.get(t)) {
                pieces.add(texts.get(t).substring(part[0], part[1]));
            }
            result.add(embed(pieces));
        }
        return result;
    }

    /** What decides the vectors (model, depth, pooling): vectors of another id are not comparable. */
    String id();

    /** The dot product of two vectors of equal length: their cosine, for unit vectors. */
    static float dot(float[] a, float[] b) {
        return org.apache.lucene.util.VectorUtil.dotProduct(a, b);
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
