package org.rhetorica.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.rhetorica.doc.Document;

/**
 * Turns files as they come into documents: finds the inputs under the paths a user gives, and reads
 * each into one or more documents. A file, or a part of one, that cannot be read is reported, never
 * fatal; everything else is still read.
 *
 * <p>Formats, told by extension and otherwise by content (standard input always by content): plain
 * text ({@link PlainTextFormat}), HTML ({@link HtmlFormat}), RSS and Atom feeds ({@link FeedFormat}),
 * JSON Lines and JSON, Rhetorica's own records ({@link JsonLinesFormat}) or a platform's export
 * ({@link JsonFormat}), CSV ({@link CsvFormat}) and WARC ({@link WarcFormat}); any of them gzip- or
 * Zstandard-compressed ({@link Compression}). Empty files, binary files and files over {@link
 * IngestOptions#maxFileBytes()} are failures; WARC, JSON and CSV are streamed, and the limit applies
 * to each of their records.
 *
 * <p>Instances are thread-safe.
 */
public final class Ingest {
    /** The largest array Java allocates everywhere, a few bytes below 2 GiB. */
    static final int MAX_WHOLE_BYTES = Integer.MAX_VALUE - 16;

    private final IngestOptions options;
    private final Supplier<InputStream> standardInput;
    /** How much of an input is looked at to tell its format: enough for the first record of an export. */
    static final int SNIFF_BYTES = 64 * 1024;

    private final PlainTextFormat text = new PlainTextFormat();
    private final FeedFormat feed = new FeedFormat();
    private final HtmlFormat html;
    private final JsonFormat json;
    private final WarcFormat warc;

    public Ingest(IngestOptions options) {
        this(options, () -> System.in);
    }

    /** For tests: reads {@code "-"} from {@code standardInput}. */
    Ingest(IngestOptions options, Supplier<InputStream> standardInput) {
        this.options = options;
        this.standardInput = standardInput;
        ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(IngestOptions.MAX_JSON_DEPTH).build())
                        .build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        HtmlExtractor extractor = new HtmlExtractor(mapper);
        this.html = new HtmlFormat(extractor);
        this.json = new JsonFormat(mapper, new JsonLinesFormat(extractor), options);
        this.warc = new WarcFormat(html, options.maxFileBytes());
    }

    /**
     * The files under {@code inputs} in a stable order: files as given, folders walked recursively
     * (hidden files skipped), {@code "-"} for standard input. Paths that do not exist are failures, and
     * so is each subfolder or file that cannot be listed or opened; the rest of its folder is still read.
     * Files are named relative to the input that holds them ({@link InputFile#display()}), never by an
     * absolute path of this machine.
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
                files.addAll(FolderWalk.files(path, shown(input, path), failures));
            } else if (Files.isRegularFile(path)) {
                files.add(new InputFile(path, shown(input, path), idBase(path.getFileName())));
            } else {
                failures.accept(new InputFailure(shown(input, path), "no such file or folder"));
            }
        }
        return files;
    }

    /** An input as reports may name it: as given when relative, else its last name alone. */
    private static String shown(String input, Path path) {
        Path name = path.getFileName();
        return !path.isAbsolute() || name == null ? input : name.toString();
    }

    /**
     * Reads bytes held in memory (an upload to a server) into documents, telling the format by content;
     * {@code name} is what failures report and what the documents record as their origin.
     */
    public void read(String name, byte[] bytes, Consumer<Document> documents, Consumer<InputFailure> failures) {
        new Ingest(options, () -> new java.io.ByteArrayInputStream(bytes))
                .read(new InputFile(null, name, idBase(Path.of(name.replaceAll("[^A-Za-z0-9._-]+", "_")))), documents, failures);
    }

    /**
     * Reads one input into documents; whatever cannot be read goes to {@code failures}. Metadata the
     * user gave fills in what each document lacks ({@link GivenMetadata}).
     */
    public void read(InputFile file, Consumer<Document> documents, Consumer<InputFailure> failures) {
        Consumer<Document> completed = doc -> documents.accept(options.given().apply(file, doc));
        readAs(file, completed, failures);
    }

    private void readAs(InputFile file, Consumer<Document> documents, Consumer<InputFailure> failures) {
        try (InputStream raw = open(file)) {
            InputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
            byte[] head = peek(in);
            if (head.length == 0) {
                failures.accept(new InputFailure(file.display(), "file is empty"));
                return;
            }
            String name = file.lowerName();
            Compression.Kind compression = Compression.of(head);
            if (compression != null) {
                in = new BufferedInputStream(Compression.open(compression, in, options.maxDecompressionRatio()), SNIFF_BYTES);
                head = peek(in);
                name = Compression.innerName(name);
                if (head.length == 0) {
                    failures.accept(new InputFailure(file.display(), "file is empty once decompressed"));
                    return;
                }
            }
            InputFormat byName = InputFormat.byExtension(name);
            InputFormat format = byName != null ? byName : Sniffing.format(head);
            switch (format) {
                case WARC -> warc.read(file, in, documents, failures);
                case JSON_LINES -> json.readLines(file, in, documents, failures);
                case JSON -> json.readDocument(file, in, head, documents, failures);
                case CSV -> csv().read(file, in, name.endsWith(".tsv"), documents, failures);
                case TEXT, HTML, FEED -> readWhole(file, in, format, compression != null, documents, failures);
            }
        } catch (InputException e) {
            failures.accept(new InputFailure(file.display(), e.getMessage()));
        } catch (Compression.DecompressionBomb e) {
            failures.accept(new InputFailure(file.display(), e.getMessage()));
        } catch (IOException e) {
            failures.accept(new InputFailure(file.display(), "cannot read: " + IoReason.of(e)));
        } catch (RuntimeException e) {
            // A reader library tripping over hostile bytes costs this file only, never the run.
            failures.accept(new InputFailure(file.display(), "cannot read: the reader failed on this input (" + e + ")"));
        }
    }

    /** Formats read into memory whole, within the size limit. */
    private void readWhole(InputFile file, InputStream in, InputFormat format, boolean decompressed,
            Consumer<Document> documents, Consumer<InputFailure> failures) throws IOException, InputException {
        byte[] bytes = readWhole(file, in, decompressed);
        String binary = Sniffing.binaryReason(bytes);
        if (binary != null) {
            failures.accept(new InputFailure(file.display(), binary));
            return;
        }
        switch (format) {
            case TEXT -> text.read(file, bytes, documents, failures);
            case HTML -> html.read(file, bytes, documents, failures);
            case FEED -> feed.read(file, bytes, documents, failures);
            default -> throw new IllegalStateException(format + " is streamed");
        }
    }

    private CsvFormat csv() throws InputException {
        try {
            return new CsvFormat(options);
        } catch (IllegalArgumentException e) {
            throw new InputException("--columns: " + e.getMessage());
        }
    }

    /**
     * The first bytes of {@code in}, which is then reset to its start. A stream that breaks within
     * them (a truncated archive) gives what came before the break; reading on meets the break again,
     * where the format can report it with its place.
     */
    private static byte[] peek(InputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = new byte[SNIFF_BYTES];
        int length = 0;
        try {
            for (int read = 0; read >= 0 && length < head.length; length += Math.max(0, read)) {
                read = in.read(head, length, head.length - length);
            }
        } catch (EOFException | java.util.zip.ZipException e) {
            // broken within the head: sniff what there is
        }
        in.reset();
        return java.util.Arrays.copyOf(head, length);
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

    private byte[] readWhole(InputFile file, InputStream in, boolean decompressed) throws IOException, InputException {
        if (!file.isStandardInput() && !decompressed && Files.size(file.path()) > options.maxFileBytes()) {
            throw new InputException(tooLarge());
        }
        // Java arrays end a little below 2 GiB; a larger limit still refuses what cannot be held whole.
        int limit = (int) Math.min(options.maxFileBytes(), MAX_WHOLE_BYTES);
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new InputException(limit < options.maxFileBytes()
                    ? "file is larger than " + ByteSize.format(MAX_WHOLE_BYTES) + ", the most a file of this format can be read whole"
                    : tooLarge());
        }
        return bytes;
    }

    private String tooLarge() {
        return "file is larger than the limit of " + ByteSize.format(options.maxFileBytes()) + " (set --max-file-size to raise it)";
    }

    static String idBase(Path relative) {
        String name = relative.toString().replace('\\', '/');
        for (String compressed : new String[] {".gz", ".zst", ".zstd"}) {
            if (name.regionMatches(true, name.length() - compressed.length(), compressed, 0, compressed.length())
                    && !name.regionMatches(true, name.length() - 8, ".warc.gz", 0, 8)) {
                name = name.substring(0, name.length() - compressed.length());
            }
        }
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        String base = dot > slash + 1 ? name.substring(0, dot) : name;
        return base.toLowerCase(Locale.ROOT).endsWith(".warc") ? base.substring(0, base.length() - 5) : base;
    }
}
