package org.rhetorica.doc;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What made a result, exactly: the encoder and every trained model by the SHA-256 of the file run, the
 * annotators in the order they ran, and the version of Rhetorica. Execution settings (threads, batch
 * sizes) are not part of it: they change speed, never results. Every analysed document records it
 * (its {@code pipeline} field), and a server or a worker of a distributed job can rebuild the same
 * pipeline from it ({@code Pipeline.fromSpec}). Immutable; written and read as JSON.
 *
 * @param version the Rhetorica version that ran the pipeline
 * @param encoder the shared encoder, or null when no annotator ran it
 * @param models trained model heads by name, each with the SHA-256 of its ONNX file, sorted by name
 * @param annotators the annotators by name, in the order they ran
 */
public record PipelineSpec(String version, Encoder encoder, Map<String, String> models, List<String> annotators) {

    /**
     * The shared encoder.
     *
     * @param name the model's name ({@code all-minilm-l6-v2-q})
     * @param layers how many transformer layers run
     * @param window the most word pieces in one window
     * @param sha256 SHA-256 of the ONNX graph as run (after cutting it to {@code layers})
     */
    public record Encoder(String name, int layers, int window, String sha256) {}

    public PipelineSpec {
        if (version == null || version.isEmpty()) {
            throw new IllegalArgumentException("a pipeline spec needs a version");
        }
        models = Collections.unmodifiableMap(new TreeMap<>(models));
        annotators = List.copyOf(annotators);
    }
}
