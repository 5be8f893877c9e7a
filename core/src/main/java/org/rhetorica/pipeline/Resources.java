package org.rhetorica.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.rhetorica.models.EncoderSpec;

/**
 * What annotators share for the life of a pipeline: settings, and heavy objects made once on first
 * use (the encoder and its ONNX session, say) and closed with the pipeline. One instance per
 * pipeline; nothing here is global.
 */
public final class Resources implements AutoCloseable {
    private final EncoderSpec encoderSpec;
    private final Map<Class<?>, Object> shared = new LinkedHashMap<>();

    public Resources(EncoderSpec encoderSpec) {
        this.encoderSpec = encoderSpec;
    }

    public static Resources defaults() {
        return new Resources(EncoderSpec.DEFAULT);
    }

    public EncoderSpec encoderSpec() {
        return encoderSpec;
    }

    /** The one instance of {@code type} for this pipeline, made by {@code factory} on first request. */
    public synchronized <T> T shared(Class<T> type, Function<Resources, T> factory) {
        Object existing = shared.get(type);
        if (existing == null) {
            existing = factory.apply(this);
            shared.put(type, existing);
        }
        return type.cast(existing);
    }

    @Override
    public synchronized void close() {
        RuntimeException failure = null;
        for (Object value : shared.values()) {
            if (value instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = new IllegalStateException("could not release " + value, e);
                    }
                }
            }
        }
        shared.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
