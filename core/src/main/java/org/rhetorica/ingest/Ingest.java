package org.rhetorica.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.rhetorica.doc.Document;

/**
 * Turns files as they come into documents: finds the inputs under the paths a user gives, and reads
 * each into one or more documents. A file, or a part of one, that cannot be read is reported, never
 * fatal; everything else is still read.
 *
 * <p>Formats, told by extension and otherwise by content (standard input always by content): plain
 * text ({@link PlainTextFormat}), HTML ({@link HtmlFormat}), JSON Lines ({@link JsonLinesFormat}) and
 * WARC, plain or gzip-compressed ({@link WarcFormat}). Empty files, binary files and files over
 * {@link IngestOptions#maxFileBytes()} are failures; WARC files are streamed, and the limit applies
 * to each of their records.
 *
 * <p>Instances are thread-safe.
 */
public final class Ingest {
    private final IngestOptions options;
    private final Supplier<InputStream> standardInput;
    private final PlainTextFormat text = new PlainTextFormat();
    private final HtmlFormat html;
    private final JsonLinesFormat jsonLines;
    private final WarcFormat warc;

    public Ingest(IngestOptions options) {
        this(options, () -> System.in);
    }

    /** For tests: reads {@code "-"} from {@code standardInput}. */
    Ingest(IngestOptions options, Supplier<InputStream> standardInput) {
        this.options = options;
        this.standardInput = standardInput;
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        HtmlExtractor extractor = new HtmlExtractor(json);
        this.html = new HtmlFormat(extractor);
        this.jsonLines = new JsonLinesFormat(json, extractor);
        this.warc = new WarcFormat(html, options.maxFileBytes());
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

    /**
     * Reads bytes held in memory (an upload to a server) into documents, telling the format by content;
     * {@code name} is what failures report and what the documents record as their origin.
     */
    public void read(String name, byte[] bytes, Consumer<Document> documents, Consumer<InputFailure> failures) {
        new Ingest(options, () -> new java.io.ByteArrayInputStream(bytes))
                .read(new InputFile(null, name, idBase(Path.of(name.replaceAll("[^A-Za-z0-9._-]+", "_")))), documents, failures);
    }

    /** Reads one input into documents; whatever cannot be read goes to {@code failures}. */
    public void read(InputFile file, Consumer<Document> documents, Consumer<InputFailure> failures) {
        try (InputStream in = new BufferedInputStream(open(file), Sniffing.HEAD_BYTES)) {
            in.mark(Sniffing.HEAD_BYTES);
            byte[] head = in.readNBytes(Sniffing.HEAD_BYTES);
            in.reset();
            if (head.length == 0) {
                failures.accept(new InputFailure(file.display(), "file is empty"));
                return;
            }
            InputFormat byName = InputFormat.byExtension(file.lowerName());
            InputFormat format = byName != null ? byName : Sniffing.format(head);
            if (format == InputFormat.WARC) {
                warc.read(file, in, documents, failures);
                return;
            }
            byte[] bytes = readWhole(file, in);
            String binary = Sniffing.binaryReason(bytes);
            if (binary != null) {
                failures.accept(new InputFailure(file.display(), binary));
                return;
            }
            switch (format) {
                case TEXT -> text.read(file, bytes, documents, failures);
                case HTML -> html.read(file, bytes, documents, failures);
                case JSON_LINES -> jsonLines.read(file, bytes, documents, failures);
                case WARC -> throw new IllegalStateException("WARC is streamed above");
            }
        } catch (InputException e) {
            failures.accept(new InputFailure(file.display(), e.getMessage()));
        } catch (IOException e) {
            failures.accept(new InputFailure(file.display(), "cannot read: " + e.getMessage()));
        }
    }

    private InputStream open(InputFile file) throws IOException {
        if (!file.isStandardInput()) {
            return Files.newInputStream(file.path());
        }
        // Standard input belongs to the process, not to this read: leave it open.
        return new FilterInputStream(standardInput.get()) {
            @Override
            public void close() {}
        };
    }

    private byte[] readWhole(InputFile file, InputStream in) throws IOException, InputException {
        if (!file.isStandardInput() && Files.size(file.path()) > options.maxFileBytes()) {
            throw new InputException(tooLarge());
        }
        byte[] bytes = in.readNBytes(options.maxFileBytes() + 1);
        if (bytes.length > options.maxFileBytes()) {
            throw new InputException(tooLarge());
        }
        return bytes;
    }

    private String tooLarge() {
        return "file is larger than the limit of " + options.maxFileBytes() + " bytes (set --max-file-size to raise it)";
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
