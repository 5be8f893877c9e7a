package org.rhetorica.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PieceVectorsTest {
    @Test
    void halfPrecisionKeepsEveryValueWithinItsRoundingError() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            float value = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3));
            float back = PieceVectors.toFloat(PieceVectors.toHalf(value));
            float allowed = Math.abs(value) < 0x1p-14f ? 0x1p-25f : Math.abs(value) * 0x1p-11f;
            assertTrue(Math.abs(back - value) <= allowed, value + " came back as " + back);
        }
        for (float exact : new float[] {0f, -0f, 1f, -2.5f, 65504f, 0x1p-24f, 0.099975586f}) {
            assertEquals(exact, PieceVectors.toFloat(PieceVectors.toHalf(exact)));
        }
        assertEquals(Float.POSITIVE_INFINITY, PieceVectors.toFloat(PieceVectors.toHalf(1e6f)));
        assertTrue(Float.isNaN(PieceVectors.toFloat(PieceVectors.toHalf(Float.NaN))));
    }

    @Test
    void holdsMoreValuesThanOneJavaArrayCould() {
        // 5.7 million pieces of 384 values: one float[n * dim] overflowed an int here.
        int pieces = 5_700_000;
        int dim = 384;
        PieceVectors vectors = new PieceVectors(pieces, 1);
        vectors.put(pieces - 1, FloatBuffer.wrap(new float[] {0.5f}), 1);
        assertEquals(0.5f, vectors.get(pieces - 1, 0));
        assertTrue((long) pieces * dim > Integer.MAX_VALUE, "the case this guards against");
        assertEquals(pieces, vectors.pieces());
    }
}
