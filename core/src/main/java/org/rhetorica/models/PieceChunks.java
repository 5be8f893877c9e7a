package org.rhetorica.models;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a sequence head over a whole text in chunks of the length it was trained on. Chunks follow
 * one another; the last is moved back to end at the text's end, so every chunk is full, and gives
 * only the pieces the chunk before did not.
 */
public final class PieceChunks {
    private PieceChunks() {}

    /** Pieces {@code [from, to)} read together; the piece outputs from {@code firstOwned} on are kept. */
    record Chunk(int from, int to, int firstOwned) {}

    static List<Chunk> of(int pieces, int size) {
        List<Chunk> chunks = new ArrayList<>();
        for (int owned = 0; owned < pieces; owned += size) {
            int to = Math.min(pieces, owned + size);
            chunks.add(new Chunk(Math.max(0, to - size), to, owned));
        }
        return chunks;
    }

    /**
     * The head's outputs for each piece, row-major {@code pieces × outputs}.
     *
     * @param features row-major {@code pieces × width}
     * @param size the chunk length the head was trained on
     */
    public static float[] run(Head head, float[] features, int pieces, int size) {
        if (pieces == 0) {
            return new float[0];
        }
        int width = features.length / pieces;
        List<Chunk> chunks = of(pieces, size);
        int length = chunks.get(0).to() - chunks.get(0).from();
        float[] input = new float[chunks.size() * length * width];
        for (int c = 0; c < chunks.size(); c++) {
            System.arraycopy(features, chunks.get(c).from() * width, input, c * length * width, length * width);
        }
        float[] output = head.run(input, chunks.size(), length, width);
        int outputs = output.length / (chunks.size() * length);
        float[] perPiece = new float[pieces * outputs];
        for (int c = 0; c < chunks.size(); c++) {
            Chunk chunk = chunks.get(c);
            int kept = chunk.to() - chunk.firstOwned();
            System.arraycopy(output, (c * length + chunk.firstOwned() - chunk.from()) * outputs,
                    perPiece, chunk.firstOwned() * outputs, kept * outputs);
        }
        return perPiece;
    }
}
