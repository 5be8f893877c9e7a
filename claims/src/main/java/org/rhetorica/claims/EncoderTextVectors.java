package org.rhetorica.claims;

import java.util.List;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.TextEncoder;

/**
 * Text vectors from a transformer encoder: the mean of a text's word-piece vectors, at unit length,
 * as sentence-transformers pools all-MiniLM-L6-v2. {@link #MATCHING} is that model with all six of
 * its layers, which ships inside the runtime already (the shared pass keeps only its first layers).
 */
public final class EncoderTextVectors implements TextVectors, AutoCloseable {
    /** The encoder for matching claims: all-MiniLM-L6-v2 (8-bit), six layers, one text per window of 128 pieces. */
    public static final EncoderSpec MATCHING = new EncoderSpec("all-minilm-l6-v2-q", 6, 128, 16, 1);

    private final TextEncoder encoder;

    public EncoderTextVectors(TextEncoder encoder) {
        this.encoder = encoder;
    }

    /** The matching encoder with {@code threads} threads. */
    public static EncoderTextVectors matching(int threads) {
        return new EncoderTextVectors(TextEncoder.load(MATCHING.withThreads(threads)));
    }

    /** Texts are encoded two or more at once, on the common fork-join pool. */
    @Override
    public float[][] embed(List<String> texts) {
        return texts.parallelStream().map(text -> {
            EncodedText encoded = encoder.encode(text, List.of());
            return TextVectors.unit(encoded.mean(0, encoded.size()));
        }).toArray(float[][]::new);
    }

    /** Pools each part from the pieces of one pass over its text, so parts cost nothing more. */
    @Override
    public List<float[][]> embedWithParts(List<String> texts, List<List<int[]>> parts) {
        return java.util.stream.IntStream.range(0, texts.size()).parallel().mapToObj(t -> {
            EncodedText encoded = encoder.encode(texts.get(t), List.of());
            float[][] vectors = new float[1 + parts.get(t).size()][];
            vectors[0] = TextVectors.unit(encoded.mean(0, encoded.size()));
            for (int p = 0; p < parts.get(t).size(); p++) {
                int[] part = parts.get(t).get(p);
                vectors[p + 1] = TextVectors.unit(encoded.mean(new org.rhetorica.doc.Span(part[0], part[1])));
            }
            return vectors;
        }).toList();
    }

    @Override
    public String id() {
        return encoder.spec().vectorsId() + "/mean";
    }

    @Override
    public void close() {
        encoder.close();
    }
}
