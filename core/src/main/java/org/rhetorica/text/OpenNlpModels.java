package org.rhetorica.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads OpenNLP models shipped in the {@code opennlp-models-*} artifacts on the class path. */
final class OpenNlpModels {
    private OpenNlpModels() {}

    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
