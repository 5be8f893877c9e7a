package org.rhetorica.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rhetorica.doc.Document;
import org.rhetorica.ingest.exports.ExportPost;
import org.rhetorica.ingest.exports.Json;

/**
 * CSV (and tab-separated) exports, streamed with Commons CSV: one post per row, its fields taken from
 * the columns {@link CsvColumns} names. Rows are documents of their own, or threads where a
 * {@code thread} or {@code parent} column groups them ({@link ThreadAssembler}). A row that cannot
 * be read is reported with its number; a record larger than the size limit (an unclosed quotation
 * mark swallowing the rest of the file) ends the reading there.
 */
final class CsvFormat {
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final IngestOptions options;
    private final CsvColumns given;

    /** @throws IllegalArgumentException when the options' column mapping is not one */
    CsvFormat(IngestOptions options) {
        this.options = options;
        this.given = options.columns() == null ? null : CsvColumns.parse(options.columns());
    }

    void read(InputFile file, InputStream in, boolean tabs, Consumer<Document> documents, Consumer<InputFailure> failures)
            throws IOException {
        RecordLimit limited = new RecordLimit(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), options.maxFileBytes());
        CSVFormat format = (tabs ? CSVFormat.TDF : CSVFormat.DEFAULT).builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        ThreadAssembler threads = new ThreadAssembler(file.display(), file.idBase(), options.threadBudget(), documents);
        long row = 1;
        try (CSVParser parser = CSVParser.builder().setReader(withoutBom(limited)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            CsvColumns columns = CsvColumns.forHeader(given, header);
            if (columns == null) {
                failures.accept(new InputFailure(file.display(), "no text column among " + String.join(", ", header)
                        + "; name it with --columns text=COLUMN"));
                return;
            }
            List<String> missing = columns.missing(header);
            if (!missing.isEmpty()) {
                failures.accept(new InputFailure(file.display(), "no column " + String.join(", ", missing) + " among "
                        + String.join(", ", header)));
                return;
            }
            boolean grouped = columns.column("thread") != null || columns.column("parent") != null;
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                limited.startRecord();
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                row = record.getRecordNumber() + 1;
                ExportPost post = post(record, columns, grouped, row);
                if (post.text() == null) {
                    failures.accept(new InputFailure(file.display() + " (row " + row + ")", "no text in column "
                            + columns.column("text")));
                    continue;
                }
                threads.add(post);
            }
        } catch (UncheckedIOException e) {
            failures.accept(new InputFailure(file.display() + " (row " + (row + 1) + ")",
                    (e.getCause() instanceof RecordTooLarge ? e.getCause().getMessage() : "not valid CSV: " + e.getCause().getMessage())
                            + "; the rest of the file cannot be read"));
        } catch (RecordTooLarge e) {
            failures.accept(new InputFailure(file.display() + " (row " + (row + 1) + ")", e.getMessage()
                    + "; the rest of the file cannot be read"));
        }
        threads.finish();
    }

    private static ExportPost post(CSVRecord record, CsvColumns columns, boolean grouped, long row) {
        String id = value(record, columns, "id");
        String thread = value(record, columns, "thread");
        String score = value(record, columns, "score");
        return new ExportPost(id != null ? id : grouped ? null : "row" + row, value(record, columns, "parent"),
                grouped ? thread : "row" + row,
                value(record, columns, "author"), value(record, columns, "authorName"),
                published(value(record, columns, "published")),
                score != null && score.replace(",", "").matches("-?\\d{1,9}") ? Integer.valueOf(score.replace(",", "")) : null,
                value(record, columns, "title"), value(record, columns, "text"), value(record, columns, "url"),
                value(record, columns, "source"), "row " + row);
    }

    private static String value(CSVRecord record, CsvColumns columns, String field) {
        String column = columns.column(field);
        if (column == null || !record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    /** ISO 8601, "2021-01-05 10:00:00 EST" (CrowdTangle) in UTC, "2021-01-05 10:00:00" as given, or epoch seconds. */
    static String published(String value) {
        if (value == null) {
            return null;
        }
        String iso = Json.dateTime(value);
        if (iso != null) {
            return iso;
        }
        try {
            return ZonedDateTime.parse(value, ZONED).toInstant().toString();
        } catch (DateTimeParseException e) {
            // not with a zone
        }
        try {
            return LocalDateTime.parse(value, LOCAL).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            // not a local date-time either
        }
        return value.matches("\\d{9,11}(?:\\.\\d+)?")
                ? java.time.Instant.ofEpochSecond((long) Double.parseDouble(value)).toString() : value;
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /** A CSV record larger than the limit. */
    static final class RecordTooLarge extends IOException {
        RecordTooLarge(String message) {
            super(message);
        }
    }

    /** Fails once one record has taken more than the limit of characters (plus the parser's read-ahead). */
    private static final class RecordLimit extends FilterReader {
        private static final long READ_AHEAD = 64 * 1024;
        private final long limit;
        private long read;
        private long recordStart;

        RecordLimit(Reader in, long limit) {
            super(in);
            this.limit = limit;
        }

        void startRecord() {
            recordStart = read;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read - recordStart > limit + READ_AHEAD) {
                throw new RecordTooLarge("record is larger than the limit of " + ByteSize.format(limit)
                        + " (set --max-file-size to raise it)");
            }
        }
    }
}
