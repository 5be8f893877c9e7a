package org.rhetorica.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees half of one: the bytes go to a hidden partial file beside
 * the target that is renamed into place once complete. Partial files left by a killed run are
 * removed on the next ({@link #removeLeftovers}). The one way this project writes a file it keeps.
 */
public final class AtomicFiles {
    private static final String PARTIAL = ".partial";

    private AtomicFiles() {}

    /** What writes the content, streamed. */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** What writes binary content, streamed. */
    public interface Bytes {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    public static void write(Path target, String content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path partial = partialOf(target);
        try {
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Writes UTF-8 text as {@code content} produces it, without holding it all in memory. */
    public static void write(Path target, Content content) throws IOException {
        Path partial = partialOf(target);
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Writes bytes as {@code content} produces them, without holding them all in memory. */
    public static void writeBytes(Path target, Bytes content) throws IOException {
        Path partial = partialOf(target);
        try {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial))) {
                content.writeTo(out);
            }
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

    private static Path partialOf(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        return absolute.resolveSibling("." + absolute.getFileName() + PARTIAL);
    }
}
