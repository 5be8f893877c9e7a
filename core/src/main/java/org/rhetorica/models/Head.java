package org.rhetorica.models;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.function.IntFunction;
import org.rhetorica.io.ClassPath;
import org.rhetorica.io.Hashes;

/**
 * A trained model head: a small ONNX graph that reads encoder vectors (and features made from them)
 * and gives scores. Heads ship in the repository under {@code models/} and are read from the class
 * path; each carries its {@link Provenance} and refuses vectors from another encoder. Thread-safe.
 */
public final class Head implements AutoCloseable {
    /** Metadata key under which a head's provenance is stored in its ONNX file. */
    public static final String PROVENANCE_KEY = "rhetorica.provenance";

    private final String name;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final Provenance provenance;
    private final String sha256;

    private Head(String name, OrtEnvironment environment, OrtSession session, Provenance provenance, String sha256) {
        this.name = name;
        this.sha256 = sha256;
        this.environment = environment;
        this.session = session;
        this.provenance = provenance;
    }

    /**
     * Loads head {@code name} ({@code models/<name>.onnx} on the class path) for vectors of
     * {@code encoder}, with one thread: heads are small and run inside the pipeline's workers.
     */
    public static Head load(String name, EncoderSpec encoder) {
        String resource = "models/" + name + ".onnx";
        byte[] bytes = ClassPath.read(resource, "model " + resource + " is not on the class path; train it with "
                + "`rhetorica train` or restore it from the repository");
        return fromBytes(name, bytes, encoder);
    }

    /** A head from the bytes of its ONNX file. */
    public static Head fromBytes(String name, byte[] onnx, EncoderSpec encoder) {
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(onnx, options);
            String json = session.getMetadata().getCustomMetadata().get(PROVENANCE_KEY);
            if (json == null) {
                session.close();
                throw new IllegalStateException("model " + name + " has no provenance; it was not made by rhetorica train");
            }
            Provenance provenance = Provenance.fromJson(json);
            if (!provenance.encoder().equals(encoder.vectorsId())) {
                session.close();
                throw new IllegalStateException("model " + name + " was trained on encoder vectors " + provenance.encoder()
                        + " but the pipeline runs " + encoder.vectorsId() + "; retrain it");
            }
            return new Head(name, environment, session, provenance, Hashes.sha256(onnx));
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load model " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** SHA-256 of the ONNX file: what identifies this head in a result's pipeline record. */
    public String sha256() {
        return sha256;
    }

    /** An input tensor: row-major values and shape. */
    public record Input(float[] values, long... shape) {}

    /** Runs the graph and returns its first output, row-major. */
    public float[] run(Map<String, Input> inputs) {
        Map<String, OnnxTensor> feeds = new java.util.HashMap<>();
        try {
            for (Map.Entry<String, Input> input : inputs.entrySet()) {
                feeds.put(input.getKey(), OnnxTensor.createTensor(environment,
                        FloatBuffer.wrap(input.getValue().values()), input.getValue().shape()));
            }
            try (OrtSession.Result result = session.run(feeds)) {
                FloatBuffer output = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] values = new float[output.remaining()];
                output.get(values);
                return values;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("model " + name + " failed", e);
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }

    /** Runs a graph with one input named {@code input}. */
    public float[] run(float[] values, long... shape) {
        return run(Map.of("input", new Input(values, shape)));
    }

    /**
     * Runs a graph with one input named {@code input} over {@code count} rows of features made on
     * demand, {@code batch} rows at a time, so that memory stays flat for a text with thousands of
     * rows; returns the outputs of every row, row-major, {@code outputs} values per row.
     */
    public float[] runRows(int count, IntFunction<float[]> row, int outputs, int batch) {
        float[] all = new float[count * outputs];
        for (int first = 0; first < count; first += batch) {
            int rows = Math.min(batch, count - first);
            float[] input = null;
            int size = 0;
            for (int i = 0; i < rows; i++) {
                float[] features = row.apply(first + i);
                if (input == null) {
                    size = features.length;
                    input = new float[rows * size];
                }
                System.arraycopy(features, 0, input, i * size, size);
            }
            System.arraycopy(run(input, rows, size), 0, all, first * outputs, rows * outputs);
        }
        return all;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close model " + name, e);
        }
    }
}
