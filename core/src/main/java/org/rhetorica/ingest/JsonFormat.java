package org.rhetorica.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Origin;
import org.rhetorica.ingest.exports.ExportPost;
import org.rhetorica.ingest.exports.Platform;

/**
 * JSON inputs, streamed: JSON Lines of Rhetorica's own records ({@link JsonLinesFormat}) or of a
 * platform's records, and JSON documents a platform exports ({@link Platform}, found with {@link
 * ServiceLoader}), told apart by the fields of the first record. Records are read one at a time and
 * posts gathered into threads ({@link ThreadAssembler}), so an export of any size is read in bounded
 * memory.
 *
 * <p>Limits: a line or record larger than {@link IngestOptions#maxFileBytes()}, and JSON nested
 * deeper than {@value IngestOptions#MAX_JSON_DEPTH} levels, are refused. A line that fails is
 * reported with its number and the rest is read; in a JSON document, reading stops at the first
 * place that is not valid JSON (what follows cannot be found reliably), keeping what came before.
 */
final class JsonFormat {
    private final ObjectMapper json;
    /** For values read one after another from one document, where the next token is no error. */
    private final ObjectMapper streaming;
    private final JsonLinesFormat own;
    private final IngestOptions options;
    private final List<Platform> platforms = new ArrayList<>();

    JsonFormat(ObjectMapper json, JsonLinesFormat own, IngestOptions options) {
        this.json = json;
        this.streaming = json.copy().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.own = own;
        this.options = options;
        ServiceLoader.load(Platform.class, Platform.class.getClassLoader()).forEach(platforms::add);
    }

    /** The platform whose records have these paths, or null. */
    Platform recognise(Set<String> paths) {
        for (Platform platform : platforms) {
            if (platform.recognises(paths)) {
                return platform;
            }
        }
        return null;
    }

    /** Reads JSON Lines: Rhetorica's own records, or a platform's, as the first record shows. */
    void readLines(InputFile file, InputStream in, Consumer<Document> documents, Consumer<InputFailure> failures)
            throws IOException {
        LineReader lines = new LineReader(in, options.maxFileBytes());
        Platform platform = null;
        boolean decided = false;
        ThreadAssembler threads = new ThreadAssembler(file.display(), file.idBase(), options.threadBudget(), documents);
        Set<String> ids = new HashSet<>();
        long codePoint = 0;
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            String where = file.display() + " (line " + line.number() + ")";
            if (line.tooLong()) {
                failures.accept(new InputFailure(where, "line is longer than the limit of " + ByteSize.format(options.maxFileBytes())
                        + " (set --max-file-size to raise it)"));
                codePoint += line.length() + 1;
                continue;
            }
            DecodedText decoded;
            try {
                decoded = Decoding.decode(line.bytes(), "UTF-8", false);
            } catch (InputException e) {
                failures.accept(new InputFailure(where, e.getMessage()));
                codePoint += line.length() + 1;
                continue;
            }
            String text = decoded.text();
            long start = codePoint;
            codePoint += text.codePointCount(0, text.length()) + 1 + (line.length() > line.bytes().length ? 1 : 0);
            if (text.isBlank()) {
                continue;
            }
            JsonNode record;
            try {
                record = json.readTree(text);
            } catch (JsonProcessingException e) {
                failures.accept(new InputFailure(where, "not valid JSON: " + firstLine(e)));
                continue;
            }
            if (!decided) {
                decided = true;
                platform = JsonLinesFormat.recognises(record) ? null : recognise(JsonShape.of(record));
            }
            if (platform == null) {
                Origin origin = new Origin(file.display(), (int) Math.min(Integer.MAX_VALUE, start),
                        (int) Math.min(Integer.MAX_VALUE, start + text.codePointCount(0, text.length())), "line " + line.number());
                String failure = own.read(record, origin, file.idBase() + "#" + line.number(), decoded.warnings(), ids, documents);
                if (failure != null) {
                    failures.accept(new InputFailure(where, failure));
                }
            } else {
                addPosts(platform, record, JsonNodeFactory.instance.objectNode(), "line " + line.number(), where, threads, failures);
            }
        }
        threads.finish();
    }

    /** Reads one JSON document a platform exports; a document no platform knows is refused. */
    void readDocument(InputFile file, InputStream in, byte[] head, Consumer<Document> documents,
            Consumer<InputFailure> failures) throws IOException {
        Set<String> paths = JsonShape.ofHead(head, json);
        Platform platform = recognise(paths);
        if (platform == null) {
            failures.accept(new InputFailure(file.display(), "JSON of a kind Rhetorica does not read (fields "
                    + String.join(", ", paths.stream().limit(8).toList()) + (paths.size() > 8 ? ", ..." : "")
                    + "); give JSON Lines with a \"text\" or \"html\" field per line, or a platform's export"));
            return;
        }
        RecordLimit limited = new RecordLimit(in, options.maxFileBytes());
        ThreadAssembler threads = new ThreadAssembler(file.display(), file.idBase(), options.threadBudget(), documents);
        Walk walk = new Walk(platform, file, limited, threads, failures);
        try (JsonParser parser = streaming.createParser(limited)) {
            // Values one after another (JSON Lines without line ends in sight, concatenated pages) are read in turn.
            int value = 0;
            for (JsonToken first = parser.nextToken(); first != null; first = parser.nextToken()) {
                String where = value++ == 0 ? "" : "value " + value;
                if (first == JsonToken.START_ARRAY) {
                    walk.array(parser, "", JsonNodeFactory.instance.objectNode(), where);
                } else if (first == JsonToken.START_OBJECT && !platform.streamedArrays().isEmpty()) {
                    walk.object(parser, "", where, JsonNodeFactory.instance.objectNode());
                } else {
                    walk.record(parser, JsonNodeFactory.instance.objectNode(), where.isEmpty() ? "the document" : where);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? "" : String.format(Locale.ROOT, " at line %d, column %d", at.getLineNr(), at.getColumnNr());
            failures.accept(new InputFailure(file.display() + (walk.current == null ? "" : " (" + walk.current + ")"),
                    "not valid JSON" + place + ": " + firstLine(e) + "; the rest of the file cannot be read"));
        } catch (RecordTooLarge e) {
            failures.accept(new InputFailure(file.display() + " (" + walk.current + ")", e.getMessage()
                    + "; the rest of the file cannot be read"));
        }
        threads.finish();
    }

    /** Walks a JSON document down to the records of its platform. */
    private final class Walk {
        private final Platform platform;
        private final InputFile file;
        private final RecordLimit limited;
        private final ThreadAssembler threads;
        private final Consumer<InputFailure> failures;
        /** The record being read, for failures. */
        String current;

        Walk(Platform platform, InputFile file, RecordLimit limited, ThreadAssembler threads, Consumer<InputFailure> failures) {
            this.platform = platform;
            this.file = file;
            this.limited = limited;
            this.threads = threads;
            this.failures = failures;
        }

        /** Reads an object's fields at {@code path} (the parser on its START_OBJECT). */
        void object(JsonParser parser, String path, String where, ObjectNode context) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = path.isEmpty() ? name : path + "." + name;
                String childWhere = where.isEmpty() ? name : where + "." + name;
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_ARRAY && platform.streamedArrays().contains(child)) {
                    array(parser, child, context, childWhere);
                } else if (token == JsonToken.START_ARRAY && leadsToStreamed(child + "[]")) {
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        if (parser.currentToken() == JsonToken.START_OBJECT) {
                            object(parser, child + "[]", childWhere + "[" + index + "]", JsonNodeFactory.instance.objectNode());
                        } else {
                            parser.skipChildren();
                        }
                        index++;
                    }
                } else if (token == JsonToken.START_OBJECT && leadsToStreamed(child)) {
                    object(parser, child, childWhere, JsonNodeFactory.instance.objectNode());
                } else if (token.isScalarValue()) {
                    context.set(name, parser.readValueAsTree());
                } else {
                    parser.skipChildren();
                }
            }
        }

        /** Reads an array's elements as records (the parser on its START_ARRAY). */
        void array(JsonParser parser, String path, ObjectNode context, String where) throws IOException {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == null) {
                    throw new JsonProcessingException("the document ends inside an array", parser.currentLocation()) {};
                }
                record(parser, context, where + "[" + index++ + "]");
            }
        }

        void record(JsonParser parser, ObjectNode context, String where) throws IOException {
            current = where;
            limited.startRecord();
            JsonNode value = parser.readValueAsTree();
            limited.endRecord();
            addPosts(platform, value, context, where, file.display() + " (" + where + ")", threads, failures);
            current = null;
        }

        private boolean leadsToStreamed(String path) {
            return platform.streamedArrays().stream().anyMatch(streamed -> streamed.startsWith(path + ".") || streamed.startsWith(path + "[]"));
        }
    }

    private static void addPosts(Platform platform, JsonNode record, JsonNode context, String locator, String where,
            ThreadAssembler threads, Consumer<InputFailure> failures) {
        List<ExportPost> posts;
        try {
            posts = platform.posts(record, context, locator);
        } catch (IllegalArgumentException e) {
            failures.accept(new InputFailure(where, e.getMessage()));
            return;
        }
        posts.forEach(threads::add);
    }

    private static String firstLine(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    /** A record of a JSON document larger than the limit. */
    static final class RecordTooLarge extends IOException {
        RecordTooLarge(String message) {
            super(message);
        }
    }

    /**
     * Counts what the JSON parser reads and fails a record once it has read more than the limit since
     * the record began (plus what the parser reads ahead), before the record fills memory.
     */
    private static final class RecordLimit extends FilterInputStream {
        /** What Jackson may read ahead of the record it parses. */
        private static final long READ_AHEAD = 64 * 1024;
        private final long limit;
        private long read;
        private long recordStart = -1;

        RecordLimit(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        void startRecord() {
            recordStart = read;
        }

        void endRecord() {
            recordStart = -1;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (recordStart >= 0 && read - recordStart > limit + READ_AHEAD) {
                throw new RecordTooLarge("record is larger than the limit of " + ByteSize.format(limit)
                        + " (set --max-file-size to raise it)");
            }
        }
    }
}
