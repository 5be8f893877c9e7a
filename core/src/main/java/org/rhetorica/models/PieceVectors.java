package org.rhetorica.models;

import java.nio.FloatBuffer;

/**
 * The encoder's vectors of a text's word pieces, kept in half precision (IEEE 754 binary16) in
 * blocks of {@value #BLOCK_PIECES} pieces. Half precision halves the memory of the largest thing
 * a document holds (a 5 MB text has about 1.2 million pieces of 384 values: 1.8 GB in single
 * precision, 0.9 GB here) at a rounding error below 0.05 % of each value, far under what the int8
 * encoder already rounds; blocks keep every array small however long the text, where one array of
 * {@code pieces × dim} values overflows past 5.6 million pieces. Written once by the encoder, then
 * read only.
 */
final class PieceVectors {
    private static final int BLOCK_PIECES = 1024;

    private final int pieces;
    private final int dim;
    private final short[][] blocks;

    PieceVectors(int pieces, int dim) {
        this.pieces = pieces;
        this.dim = dim;
        int count = (pieces + BLOCK_PIECES - 1) / BLOCK_PIECES;
        this.blocks = new short[count][];
        for (int b = 0; b < count; b++) {
            blocks[b] = new short[Math.min(BLOCK_PIECES, pieces - b * BLOCK_PIECES) * dim];
        }
    }

    int pieces() {
        return pieces;
    }

    int dim() {
        return dim;
    }

    /** Stores the vectors of {@code count} pieces from {@code piece} on, read from {@code source}. */
    void put(int piece, FloatBuffer source, int count) {
        for (int p = piece; p < piece + count; p++) {
            short[] block = blocks[p / BLOCK_PIECES];
            int at = (p % BLOCK_PIECES) * dim;
            for (int d = 0; d < dim; d++) {
                block[at + d] = toHalf(source.get());
            }
        }
    }

    float get(int piece, int component) {
        return toFloat(blocks[piece / BLOCK_PIECES][(piece % BLOCK_PIECES) * dim + component]);
    }

    /** Copies the vector of {@code piece} into {@code target} from {@code offset} on. */
    void copy(int piece, float[] target, int offset) {
        short[] block = blocks[piece / BLOCK_PIECES];
        int at = (piece % BLOCK_PIECES) * dim;
        for (int d = 0; d < dim; d++) {
            target[offset + d] = toFloat(block[at + d]);
        }
    }

    /** Adds the vector of {@code piece} to {@code sum}. */
    void addTo(int piece, float[] sum) {
        short[] block = blocks[piece / BLOCK_PIECES];
        int at = (piece % BLOCK_PIECES) * dim;
        for (int d = 0; d < dim; d++) {
            sum[d] += toFloat(block[at + d]);
        }
    }

    /** {@code value} rounded to the nearest half-precision value (ties to even); beyond ±65504 infinite. */
    static short toHalf(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int magnitude = bits & 0x7FFFFFFF;
        if (magnitude >= 0x47800000) { // 65536 and beyond, infinities and NaN
            return (short) (sign | (magnitude > 0x7F800000 ? 0x7E00 : 0x7C00));
        }
        if (magnitude < 0x38800000) { // below 2^-14: a subnormal half, in units of 2^-24
            return (short) (sign | Math.round(Float.intBitsToFloat(magnitude) * 0x1p24f));
        }
        // Rebias the exponent (127 to 15) and round 23 mantissa bits to 10, ties to even.
        int rounded = magnitude + 0x0FFF + ((magnitude >>> 13) & 1);
        return (short) (sign | ((rounded - 0x38000000) >>> 13));
    }

    static float toFloat(short half) {
        int bits = half & 0xFFFF;
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1F;
        int mantissa = bits & 0x3FF;
        if (exponent == 0) {
            float subnormal = mantissa * 0x1p-24f;
            return sign == 0 ? subnormal : -subnormal;
        }
        if (exponent == 0x1F) {
            return Float.intBitsToFloat(sign | 0x7F800000 | (mantissa << 13));
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }
}
