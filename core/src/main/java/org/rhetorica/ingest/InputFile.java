package org.rhetorica.ingest;

import java.nio.file.Path;

/**
 * One input to read: a file found on disk, or standard input.
 *
 * @param path where to read it from; null for standard input
 * @param display the name to report and record as the documents' origin
 * @param idBase the start of the ids of its documents: the path relative to the folder it was found
 *     in, without extension
 */
public record InputFile(Path path, String display, String idBase) {
    public static InputFile standardInput() {
        return new InputFile(null, "-", "stdin");
    }

    public boolean isStandardInput() {
        return path == null;
    }

    /** The file name in lower case, for telling formats by extension. */
    public String lowerName() {
        String name = path == null ? "" : path.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
