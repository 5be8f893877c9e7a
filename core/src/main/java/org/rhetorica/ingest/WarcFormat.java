package org.rhetorica.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.rhetorica.doc.Document;

/**
 * WARC web archives, plain or gzip-compressed, read with jwarc as a stream: every {@code response}
 * record holding a successful (2xx) HTTP response whose Content-Type is HTML becomes documents as an
 * HTML file would; every other record is skipped. The size limit applies to each record, not to the
 * file, since archives are often far larger than any page in them.
 *
 * <p>Documents are numbered across the file ({@code <idBase>#1}, {@code #2}...); each origin's record
 * is the response's target URI, its range lies in the decoded HTTP payload. A record whose content
 * cannot be read (a malformed HTTP message, an unsupported Content-Encoding) fails alone; where the
 * archive itself is broken (a malformed record header, the file ending in the middle of a record)
 * reading stops there, since later records cannot be found reliably.
 */
final class WarcFormat {
    private static final int BUFFER_BYTES = 64 * 1024;

    private final HtmlFormat html;
    private final long maxRecordBytes;

    WarcFormat(HtmlFormat html, long maxRecordBytes) {
        this.html = html;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Reads the archive in {@code in}, which must support mark and reset. */
    void read(InputFile file, InputStream in, Consumer<Document> documents, Consumer<InputFailure> failures) {
        Numbering numbering = new Numbering(file.idBase(), documents);
        boolean failed = false;
        int complete = 0;
        try (ArchiveStream archive = new ArchiveStream(gunzipped(in)); WarcReader reader = new WarcReader(archive)) {
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                if (next.get() instanceof WarcResponse response) {
                    String where = file.display() + " (record " + (complete + 1) + ": " + response.target() + ")";
                    failed |= !readResponse(response, archive, file.display(), where, numbering, failures);
                }
                complete++;
            }
        } catch (EOFException e) {
            failed = true;
            failures.accept(new InputFailure(file.display(), String.format(Locale.ROOT,
                    "file is truncated: it ends in the middle of a record, after %d complete record%s",
                    complete, complete == 1 ? "" : "s")));
        } catch (ParsingException e) {
            failed = true;
            failures.accept(new InputFailure(file.display() + " (record " + (complete + 1) + ")",
                    "malformed WARC record (" + firstClause(e) + "); the rest of the file cannot be read"));
        } catch (NumberFormatException e) {
            // jwarc reads a header such as Content-Length: 118<junk> with Long.parseLong (found by fuzzing).
            failed = true;
            failures.accept(new InputFailure(file.display() + " (record " + (complete + 1) + ")",
                    "malformed WARC record (a number header is not a number: " + e.getMessage() + "); the rest of the file cannot be read"));
        } catch (IOException e) {
            failed = true;
            failures.accept(new InputFailure(file.display() + " (record " + (complete + 1) + ")", "cannot read: " + e.getMessage()));
        }
        numbering.finish();
        if (numbering.count() == 0 && !failed) {
            failures.accept(new InputFailure(file.display(), "no HTML response records found"));
        }
    }

    /**
     * Reads one response record; returns false when it failed. A failure of the archive itself (the
     * file ends inside the record) is thrown, to stop reading.
     *
     * @param where the record, for failures
     */
    private boolean readResponse(WarcResponse response, ArchiveStream archive, String file, String where,
            Numbering numbering, Consumer<InputFailure> failures) throws IOException {
        if (response.body().size() > maxRecordBytes) {
            failures.accept(new InputFailure(where, tooLarge()));
            return false;
        }
        MediaType type;
        byte[] payload;
        try {
            HttpResponse http = response.http();
            type = http.contentType();
            if (http.status() / 100 != 2 || !isHtml(type)) {
                return true;
            }
            payload = http.bodyDecoded().stream().readNBytes((int) Math.min(maxRecordBytes, Ingest.MAX_WHOLE_BYTES) + 1);
        } catch (IOException e) {
            if (archive.failure != null || e instanceof EOFException && archive.ended) {
                throw e;
            }
            String reason = e instanceof ParsingException parsing
                    ? "malformed HTTP response (" + firstClause(parsing) + ")"
                    : "cannot decode the HTTP response (" + e.getMessage() + ")";
            failures.accept(new InputFailure(where, reason));
            return false;
        }
        if (payload.length > Math.min(maxRecordBytes, Ingest.MAX_WHOLE_BYTES)) {
            failures.accept(new InputFailure(where, tooLarge()));
            return false;
        }
        DecodedText page;
        try {
            page = Decoding.decode(payload, parameter(type, "charset"), true);
        } catch (InputException e) {
            failures.accept(new InputFailure(where, e.getMessage()));
            return false;
        }
        if (!html.addPage(page, file, response.target(), numbering)) {
            failures.accept(new InputFailure(where, "no text found"));
            return false;
        }
        return true;
    }

    /**
     * The archive's bytes, remembering a failure to read them and reaching their end: a record cut
     * off by either ends the archive, where a failure to decode one record's content ends only that
     * record.
     */
    private static final class ArchiveStream extends FilterInputStream {
        IOException failure;
        boolean ended;

        ArchiveStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                int read = super.read();
                ended |= read < 0;
                return read;
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                int read = super.read(buffer, offset, length);
                ended |= read < 0;
                return read;
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }

    /**
     * The archive uncompressed. jwarc reads gzip itself but takes a file cut in the middle of a
     * record for a file that ends there; Java's reader reports it.
     */
    private static InputStream gunzipped(InputStream in) throws IOException {
        in.mark(2);
        boolean gzip = in.read() == 0x1F && in.read() == 0x8B;
        in.reset();
        return gzip ? new GZIPInputStream(in, BUFFER_BYTES) : in;
    }

    /** jwarc's message up to the excerpt of raw bytes it appends ("invalid HTTP message at byte position 3"). */
    private static String firstClause(ParsingException e) {
        String message = String.valueOf(e.getMessage());
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(0, colon);
    }

    private static String parameter(MediaType type, String name) {
        for (Map.Entry<String, String> parameter : type.parameters().entrySet()) {
            if (parameter.getKey().equalsIgnoreCase(name)) {
                return parameter.getValue();
            }
        }
        return null;
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private String tooLarge() {
        return "record is larger than the limit of " + ByteSize.format(maxRecordBytes) + " (set --max-file-size to raise it)";
    }
}
