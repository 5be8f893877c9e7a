package org.rhetorica.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Model files shipped on the class path (the encoder's artifact, the repository's models/). */
final class ClassPath {
    private ClassPath() {}

    /**
     * The bytes of resource {@code name}.
     *
     * @param whenMissing what to tell the user when it is not there
     */
    static byte[] read(String name, String whenMissing) {
        try (InputStream in = ClassPath.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(whenMissing);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the class path", e);
        }
    }
}
