package org.rhetorica.text;

import org.rhetorica.io.ClassPath;

/** Reads OpenNLP models shipped in the {@code opennlp-models-*} artifacts on the class path. */
final class OpenNlpModels {
    private OpenNlpModels() {}

    static <T> T load(String resource, ClassPath.Reader<T> reader) {
        return ClassPath.read(resource, "OpenNLP model " + resource + " is not on the class path", reader);
    }
}
