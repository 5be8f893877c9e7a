package org.rhetorica.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Files shipped on the class path: the encoder's artifact, the repository's models/, OpenNLP's
 * models, the report's style sheets and scripts. The one way this project reads a resource.
 */
public final class ClassPath {
    private ClassPath() {}

    /** Reads a resource from a stream. */
    public interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    /**
     * Resource {@code name} (a path from the class path's root, no leading slash), read by {@code reader}.
     *
     * @param whenMissing what to tell the user when it is not there
     */
    public static <T> T read(String name, String whenMissing, Reader<T> reader) {
        try (InputStream in = ClassPath.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(whenMissing);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the class path", e);
        }
    }

    /** The bytes of resource {@code name}. */
    public static byte[] read(String name, String whenMissing) {
        return read(name, whenMissing, InputStream::readAllBytes);
    }

    /** Resource {@code name} as UTF-8 text. */
    public static String readString(String name, String whenMissing) {
        return new String(read(name, whenMissing), StandardCharsets.UTF_8);
    }
}
