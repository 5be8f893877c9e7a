package org.rhetorica.models;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a sequence head over a whole text in chunks of the length it was trained on. Chunks follow
 * one another; the last is moved back to end at the text's end, so every chunk is full, and gives
 * only the pieces the chunk before did not. The head reads {@value #BATCH_CHUNKS} chunks at a time,
 * so that its memory (ONNX Runtime keeps what a run once needed) stays the same for any length of
 * text.
 */
public final class PieceChunks {
    static final int BATCH_CHUNKS = 32;

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
     * @param size the chunk length the head was trained on
     */
    public static float[] run(Head head, PieceRows features, int size) {
        int pieces = features.pieces();
        if (pieces == 0) {
            return new float[0];
        }
        int width = features.width();
        List<Chunk> chunks = of(pieces, size);
        int length = chunks.get(0).to() - chunks.get(0).from();
        float[] perPiece = null;
        int outputs = 0;
        for (int first = 0; first < chunks.size(); first += BATCH_CHUNKS) {
            List<Chunk> batch = chunks.subList(first, Math.min(chunks.size(), first + BATCH_CHUNKS));
            float[] input = new float[batch.size() * length * width];
            for (int c = 0; c < batch.size(); c++) {
                features.copy(batch.get(c).from(), batch.get(c).to(), input, c * length * width);
            }
            float[] output = head.run(input, batch.size(), length, width);
            if (perPiece == null) {
                outputs = output.length / (batch.size() * length);
                perPiece = new float[Math.multiplyExact(pieces, outputs)];
            }
            for (int c = 0; c < batch.size(); c++) {
                Chunk chunk = batch.get(c);
                int kept = chunk.to() - chunk.firstOwned();
                System.arraycopy(output, (c * length + chunk.firstOwned() - chunk.from()) * outputs,
                        perPiece, chunk.firstOwned() * outputs, kept * outputs);
            }
        }
        return perPiece;
    }
}
