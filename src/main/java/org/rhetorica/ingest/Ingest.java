package org.rhetorica.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.rhetorica.doc.CodePoints;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;

/**
 * Turns files as they come into documents: finds the inputs under the paths a user gives, and reads
 * each into one or more documents. A file that cannot be read is reported, never fatal.
 */
public final class Ingest {
    private final IngestOptions options;

    public Ingest(IngestOptions options) {
        this.options = options;
    }

    /**
     * The files under {@code inputs} in a stable order: files as given, folders walked recursively
     * (hidden files skipped), {@code "-"} for standard input. Paths that do not exist are failures.
     */
    public List<InputFile> discover(List<String> inputs, Consumer<InputFailure> failures) {
        List<InputFile> files = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                files.add(InputFile.standardInput());
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(file -> !isHidden(path.relativize(file)))
                            .sorted()
                            .forEach(file -> files.add(new InputFile(file, file.toString(), idBase(path.relativize(file)))));
                } catch (IOException | UncheckedIOException e) {
                    failures.accept(new InputFailure(input, "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(new InputFile(path, input, idBase(path.getFileName())));
            } else {
                failures.accept(new InputFailure(input, "no such file or folder"));
            }
        }
        return files;
    }

    /** Reads one input into documents; whatever cannot be read goes to {@code failures}. */
    public void read(InputFile file, Consumer<Document> documents, Consumer<InputFailure> failures) {
        byte[] bytes;
        try {
            bytes = readBytes(file);
        } catch (InputException e) {
            failures.accept(new InputFailure(file.display(), e.getMessage()));
            return;
        }
        if (bytes.length == 0) {
            failures.accept(new InputFailure(file.display(), "file is empty"));
            return;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        Origin origin = new Origin(file.display(), 0, new CodePoints(text).codePointLength(), null);
        documents.accept(Document.of(text, Metadata.of(file.idBase(), origin)));
    }

    private byte[] readBytes(InputFile file) throws InputException {
        try (InputStream in = file.isStandardInput() ? System.in : Files.newInputStream(file.path())) {
            byte[] bytes = in.readNBytes(options.maxFileBytes() + 1);
            if (bytes.length > options.maxFileBytes()) {
                throw new InputException("file is larger than the limit of " + options.maxFileBytes()
                        + " bytes (set --max-file-size to raise it)");
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage());
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String idBase(Path relative) {
        String name = relative.toString().replace('\\', '/');
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        String base = dot > slash + 1 ? name.substring(0, dot) : name;
        return base.toLowerCase(Locale.ROOT).endsWith(".warc") ? base.substring(0, base.length() - 5) : base;
    }
}
