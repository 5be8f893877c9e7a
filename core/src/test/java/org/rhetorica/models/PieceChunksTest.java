package org.rhetorica.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PieceChunksTest {
    @Test
    void chunksCoverEveryPieceOnceAndTheLastEndsAtTheEnd() {
        assertEquals(List.of(new PieceChunks.Chunk(0, 128, 0), new PieceChunks.Chunk(128, 256, 128),
                new PieceChunks.Chunk(172, 300, 256)), PieceChunks.of(300, 128));
        assertEquals(List.of(new PieceChunks.Chunk(0, 50, 0)), PieceChunks.of(50, 128));
    }

    @Test
    void eachPieceGetsTheOutputOfTheChunkThatOwnsIt() {
        // A head that returns its input: every piece must get back its own features, in place.
        HeadGraph graph = new HeadGraph("echo");
        String input = graph.input("input", -1, -1, 2);
        Provenance provenance = new Provenance("echo", "test", "", "", EncoderSpec.DEFAULT.vectorsId(),
                Map.of(), Map.of(), 0, Map.of(), Map.of());
        // More chunks than one batch holds, so that batches join up too.
        int pieces = 128 * PieceChunks.BATCH_CHUNKS + 300;
        float[] features = new float[pieces * 2];
        for (int i = 0; i < features.length; i++) {
            features[i] = i;
        }
        try (Head echo = Head.fromBytes("echo", graph.build(input, provenance, -1, -1, 2), EncoderSpec.DEFAULT)) {
            assertArrayEquals(features, PieceChunks.run(echo, rows(features, 2), 128));
            assertEquals(0, PieceChunks.run(echo, rows(new float[0], 2), 128).length);
        }
    }

    private static PieceRows rows(float[] values, int width) {
        return new PieceRows() {
            @Override
            public int pieces() {
                return values.length / width;
            }

            @Override
            public int width() {
                return width;
            }

            @Override
            public void copy(int from, int to, float[] target, int offset) {
                System.arraycopy(values, from * width, target, offset, (to - from) * width);
            }
        };
    }
}
