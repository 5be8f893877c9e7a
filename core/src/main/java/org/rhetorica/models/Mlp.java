package org.rhetorica.models;

import java.util.List;

/**
 * A trained multilayer perceptron: inputs standardised with {@code mean} and {@code scale}, then
 * dense layers with ReLU between them. Exported as part of a {@link HeadGraph}.
 */
public record Mlp(float[] mean, float[] scale, List<Dense> layers) {

    /** One dense layer: {@code weight} is {@code [out][in]} row-major. */
    public record Dense(float[] weight, float[] bias, int out, int in) {}

    public int inputs() {
        return mean.length;
    }

    public int outputs() {
        return layers.get(layers.size() - 1).out();
    }

    /** Adds the network to {@code graph} after {@code input}; returns the logits. */
    public String addTo(HeadGraph graph, String input) {
        // Standardisation folds into the first layer: W(x - m)/s + b = (W/s)x + (b - W(m/s)).
        Dense first = layers.get(0);
        float[] weight = new float[first.weight().length];
        float[] bias = first.bias().clone();
        for (int o = 0; o < first.out(); o++) {
            for (int i = 0; i < first.in(); i++) {
                float w = first.weight()[o * first.in() + i] / scale[i];
                weight[o * first.in() + i] = w;
                bias[o] -= w * mean[i];
            }
        }
        String x = graph.dense(input, weight, bias, first.out(), first.in());
        for (Dense layer : layers.subList(1, layers.size())) {
            x = graph.dense(graph.node("Relu", List.of(x)), layer.weight(), layer.bias(), layer.out(), layer.in());
        }
        return x;
    }

    /**
     * The ONNX head {@code name} of this network as a classifier: rows of features in (input named
     * {@code input}), the probability of each class out.
     */
    public byte[] exportClassifier(String name, Provenance provenance) {
        HeadGraph graph = new HeadGraph(name);
        String logits = addTo(graph, graph.input("input", -1, inputs()));
        return graph.build(graph.node("Softmax", List.of(logits), HeadGraph.attribute("axis", 1L)), provenance, -1, outputs());
    }
}
