package org.rhetorica.models;

/**
 * The features a head reads for each word piece of a text, made a range of pieces at a time, so
 * that no array ever holds those of a whole long text ({@link PieceChunks} feeds a head batch by
 * batch).
 */
public interface PieceRows {
    /** Number of pieces. */
    int pieces();

    /** Features per piece. */
    int width();

    /** Writes the features of pieces {@code [from, to)}, row after row, into {@code target} from {@code offset} on. */
    void copy(int from, int to, float[] target, int offset);

    /** The features of every piece, row-major ({@code pieces × width}): for training on texts of ordinary length. */
    default float[] all() {
        float[] rows = new float[Math.multiplyExact(pieces(), width())];
        copy(0, pieces(), rows, 0);
        return rows;
    }
}
