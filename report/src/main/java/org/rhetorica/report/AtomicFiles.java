package org.rhetorica.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees half of one: the bytes go to a hidden partial file that
 * is renamed into place once complete. Partial files left by a killed run are removed on the next.
 */
public final class AtomicFiles {
    private static final String PARTIAL = ".partial";

    private AtomicFiles() {}

    public static void write(Path target, String content) throws IOException {
        Path partial = target.resolveSibling("." + target.getFileName() + PARTIAL);
        try {
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Deletes partial files a killed run left in {@code folder}. */
    public static void removeLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "." + "*" + PARTIAL)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }
}
