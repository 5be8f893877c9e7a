package org.rhetorica.models;

/**
 * Which encoder to run and how. Every trained head records the spec it was trained on and refuses
 * to run on another, since its weights only make sense for those vectors.
 *
 * @param model resource name of the ONNX graph and its tokenizer inside the model artifact
 *     ({@code <model>.onnx}, {@code <model>-tokenizer.json})
 * @param layers how many transformer layers to keep; the vectors are the output of the last kept one
 * @param windowTokens the most word pieces in one window, [CLS] and [SEP] included
 * @param batchWindows how many windows go through the graph in one call
 * @param threads ONNX Runtime intra-op threads
 */
public record EncoderSpec(String model, int layers, int windowTokens, int batchWindows, int threads) {

    public static final EncoderSpec DEFAULT = new EncoderSpec("all-minilm-l6-v2-q", 2, 128, 8,
            Runtime.getRuntime().availableProcessors());

    public EncoderSpec {
        if (layers < 1) {
            throw new IllegalArgumentException("an encoder keeps at least one layer, not " + layers);
        }
        if (windowTokens < 8 || windowTokens > 512) {
            throw new IllegalArgumentException("window of " + windowTokens + " word pieces is outside 8..512");
        }
        if (batchWindows < 1 || threads < 1) {
            throw new IllegalArgumentException("batch and threads must be positive");
        }
    }

    /** What decides the vectors (not batching or threads): heads are tied to this. */
    public String vectorsId() {
        return model + "/layers=" + layers + "/window=" + windowTokens;
    }

    /**
     * The default spec with another model and depth, written {@code MODEL[:LAYERS]} as on the command
     * line ({@code bge-small-en-v1.5-q:12}); without layers, the default depth.
     */
    public static EncoderSpec parse(String modelAndLayers, int threads) {
        String[] parts = modelAndLayers.split(":", 2);
        int layers;
        try {
            layers = parts.length == 2 ? Integer.parseInt(parts[1]) : DEFAULT.layers();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("encoder " + modelAndLayers + ": the number of layers is not a number");
        }
        return new EncoderSpec(parts[0], layers, DEFAULT.windowTokens(), DEFAULT.batchWindows(), threads);
    }

    /** The command-line form that {@link #parse} reads. */
    public String modelAndLayers() {
        return model + ":" + layers;
    }

    public EncoderSpec withThreads(int newThreads) {
        return new EncoderSpec(model, layers, windowTokens, batchWindows, newThreads);
    }
}
