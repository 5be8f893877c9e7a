package org.rhetorica.models;

import java.util.ArrayList;
import java.util.List;

/**
 * A trained sequence tagger over word-piece features: a dense projection with ReLU, a bidirectional
 * LSTM, and a dense output layer giving {@code outputs} logits per piece. Exported as an ONNX graph
 * whose input is {@code [chunks, pieces, features]} and whose output is {@code [chunks, pieces, outputs]}
 * of probabilities (sigmoid for independent outputs, softmax for one label per piece).
 *
 * <p>Gate weights are kept in ONNX order (input, output, forget, cell), the same for both directions.
 *
 * @param projection the dense layer before the LSTM
 * @param hidden state size of each direction
 * @param forward [W (4h × in), R (4h × h), Wb (4h), Rb (4h)] of the left-to-right LSTM
 * @param backward the same for the right-to-left LSTM
 * @param output the dense layer from both directions' states ({@code 2·hidden} inputs) to the logits
 * @param softmax whether the outputs are one label per piece (softmax) or independent (sigmoid)
 */
public record Tagger(float[] mean, float[] scale, Mlp.Dense projection, int hidden, List<float[]> forward,
        List<float[]> backward, Mlp.Dense output, boolean softmax) {

    public int features() {
        return mean.length;
    }

    public int outputs() {
        return output.out();
    }

    /**
     * The ONNX file of head {@code name}: the taggers' probabilities averaged (an ensemble of seeds).
     * All taggers must read the same features and give the same outputs.
     */
    public static byte[] averaged(String name, List<Tagger> taggers, Provenance provenance) {
        HeadGraph graph = new HeadGraph(name);
        String input = graph.input("input", -1, -1, taggers.get(0).features());
        List<String> each = new ArrayList<>();
        for (Tagger tagger : taggers) {
            each.add(tagger.addTo(graph, input));
        }
        String mean = each.size() == 1 ? each.get(0) : graph.node("Mean", each);
        return graph.build(mean, provenance, -1, -1, taggers.get(0).outputs());
    }

    /** Adds the tagger to {@code graph} after {@code input} ({@code [chunks, pieces, features]}). */
    public String addTo(HeadGraph graph, String input) {
        int in = projection.in();
        int size = projection.out();
        float[] weight = new float[projection.weight().length];
        float[] bias = projection.bias().clone();
        for (int o = 0; o < size; o++) {
            for (int i = 0; i < in; i++) {
                float w = projection.weight()[o * in + i] / scale[i];
                weight[o * in + i] = w;
                bias[o] -= w * mean[i];
            }
        }
        String projected = graph.node("Relu", List.of(graph.dense(input, weight, bias, size, in)));
        // ONNX LSTM wants [pieces, chunks, features].
        String sequence = graph.node("Transpose", List.of(projected), HeadGraph.attribute("perm", new long[] {1, 0, 2}));
        String w = graph.weights("lstm_w", concat(forward.get(0), backward.get(0)), 2, 4L * hidden, size);
        String r = graph.weights("lstm_r", concat(forward.get(1), backward.get(1)), 2, 4L * hidden, hidden);
        String b = graph.weights("lstm_b", concat(concat(forward.get(2), forward.get(3)), concat(backward.get(2), backward.get(3))),
                2, 8L * hidden);
        String states = graph.node("LSTM", List.of(sequence, w, r, b),
                HeadGraph.attribute("hidden_size", (long) hidden), HeadGraph.attribute("direction", "bidirectional"));
        // [pieces, 2, chunks, hidden] -> [chunks, pieces, 2, hidden] -> [chunks, pieces, 2·hidden]
        String byChunk = graph.node("Transpose", List.of(states), HeadGraph.attribute("perm", new long[] {2, 0, 1, 3}));
        String joined = graph.node("Reshape", List.of(byChunk, graph.longs("both_directions", 0, 0, 2L * hidden)));
        String logits = graph.dense(joined, output.weight(), output.bias(), output.out(), output.in());
        return softmax
                ? graph.node("Softmax", List.of(logits), HeadGraph.attribute("axis", -1L))
                : graph.node("Sigmoid", List.of(logits));
    }

    private static float[] concat(float[] a, float[] b) {
        float[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
