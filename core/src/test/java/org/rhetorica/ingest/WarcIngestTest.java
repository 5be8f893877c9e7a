package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;

class WarcIngestTest {
    private static final String FARES = "<html><head><title>Fares rise</title></head><body><nav>Home</nav>"
            + "<p>Caf\u00e9 owners on the quay say the new ferry fares will keep visitors away.</p></body></html>";
    private static final String FERRY = "<html><head><title>Ferry</title></head><body>"
            + "<p>The ferry to Gull Island runs every forty minutes from June.</p></body></html>";

    @TempDir
    Path folder;

    private static WarcResponse response(String uri, String status, String contentType, byte[] body) {
        return response(uri, status + "\r\nContent-Type: " + contentType, body);
    }

    /** A response with the status line and header lines given, and a Content-Length. */
    private static WarcResponse response(String uri, String head, byte[] body) {
        byte[] header = ("HTTP/1.1 " + head + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] message = Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, message, header.length, body.length);
        return new WarcResponse.Builder(uri).body(MediaType.HTTP_RESPONSE, message).build();
    }

    private static WarcResponse html(String uri, String page, Charset charset) {
        return response(uri, "200 OK", "text/html; charset=" + charset.name(), page.getBytes(charset));
    }

    /** The archive's bytes, and where each record ends in them. */
    private record Archive(byte[] bytes, long[] ends) {}

    private static Archive archive(WarcCompression compression, WarcRecord... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] ends = new long[records.length];
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            for (int i = 0; i < records.length; i++) {
                writer.write(records[i]);
                ends[i] = writer.position();
            }
        }
        return new Archive(out.toByteArray(), ends);
    }

    private static WarcRecord[] harbourRecords() {
        return new WarcRecord[] {
            new Warcinfo.Builder().fields(Map.of("software", List.of("test"))).build(),
            html("https://harbour.example/fares", FARES, Decoding.WINDOWS_1252),
            response("https://harbour.example/logo.png", "200 OK", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            response("https://harbour.example/missing", "404 Not Found", "text/html", "<p>Not found.</p>".getBytes(StandardCharsets.UTF_8)),
            response("https://harbour.example/ferry", "200 OK", "text/html", FERRY.getBytes(StandardCharsets.UTF_8))
        };
    }

    @Test
    void readsEverySuccessfulHtmlResponseOfACompressedArchive() throws IOException {
        Files.write(folder.resolve("harbour.warc.gz"), archive(WarcCompression.GZIP, harbourRecords()).bytes());
        Reading reading = Reading.of(folder.resolve("harbour.warc.gz"));
        String file = "harbour.warc.gz";
        assertEquals(List.of(), reading.failures());
        assertEquals(List.of("harbour#1", "harbour#2"), reading.ids());
        assertEquals(List.of("Café owners on the quay say the new ferry fares will keep visitors away.",
                "The ferry to Gull Island runs every forty minutes from June."), reading.texts());
        assertEquals(new Metadata("harbour#1", new Origin(file, 0, FARES.length(), "https://harbour.example/fares"),
                "Fares rise", null, null, null, null, "https://harbour.example/fares", null, List.of(), null),
                reading.documents().get(0).metadata());
        assertEquals(new Origin(file, 0, FERRY.length(), "https://harbour.example/ferry"), reading.documents().get(1).metadata().origin());
    }

    @Test
    void readsAnUncompressedArchiveWithOneDocumentUnderItsName() throws IOException {
        Files.write(folder.resolve("fares.warc"), archive(WarcCompression.NONE, html("https://harbour.example/fares", FARES,
                StandardCharsets.UTF_8)).bytes());
        Document doc = Reading.of(folder.resolve("fares.warc")).only();
        assertEquals("fares", doc.id());
        assertEquals("Café owners on the quay say the new ferry fares will keep visitors away.", doc.text());
    }

    @Test
    void keepsTheRecordsBeforeTheCutOfATruncatedArchive() throws IOException {
        Archive archive = archive(WarcCompression.GZIP, harbourRecords()[1], html("https://harbour.example/ferry", FERRY,
                StandardCharsets.UTF_8));
        int cut = (int) (archive.ends()[0] + archive.ends()[1]) / 2;
        Files.write(folder.resolve("cut.warc.gz"), Arrays.copyOf(archive.bytes(), cut));
        Reading reading = Reading.of(folder.resolve("cut.warc.gz"));
        assertEquals(List.of("Café owners on the quay say the new ferry fares will keep visitors away."), reading.texts());
        assertEquals(List.of(new InputFailure("cut.warc.gz",
                "file is truncated: it ends in the middle of a record, after 1 complete record")), reading.failures());
    }

    @Test
    void dropsARecordCutInTheMiddleOfItsPage() throws IOException {
        Archive archive = archive(WarcCompression.NONE, html("https://harbour.example/fares", FARES, StandardCharsets.UTF_8),
                html("https://harbour.example/ferry", FERRY, StandardCharsets.UTF_8));
        int cut = (int) archive.ends()[1] - 40;
        Files.write(folder.resolve("cut.warc"), Arrays.copyOf(archive.bytes(), cut));
        Reading reading = Reading.of(folder.resolve("cut.warc"));
        assertEquals(List.of("Café owners on the quay say the new ferry fares will keep visitors away."), reading.texts());
        assertEquals(List.of(new InputFailure("cut.warc",
                "file is truncated: it ends in the middle of a record, after 1 complete record")), reading.failures());
    }

    @Test
    void failsARecordWithAnUnknownContentEncodingAlone() throws IOException {
        Path file = folder.resolve("encoded.warc");
        Files.write(file, archive(WarcCompression.NONE,
                response("https://harbour.example/fares", "200 OK\r\nContent-Type: text/html\r\nContent-Encoding: compress",
                        FARES.getBytes(StandardCharsets.UTF_8)),
                html("https://harbour.example/ferry", FERRY, StandardCharsets.UTF_8)).bytes());
        Reading reading = Reading.of(file);
        assertEquals(List.of("The ferry to Gull Island runs every forty minutes from June."), reading.texts());
        assertEquals(List.of(new InputFailure(file.getFileName() + " (record 1: https://harbour.example/fares)",
                "cannot decode the HTTP response (Content-Encoding not supported: compress)")), reading.failures());
    }

    @Test
    void stopsAtAMalformedRecordHeaderAndKeepsWhatCameBefore() throws IOException {
        String archive = new String(archive(WarcCompression.NONE, html("https://harbour.example/fares", FARES, StandardCharsets.UTF_8),
                html("https://harbour.example/ferry", FERRY, StandardCharsets.UTF_8)).bytes(), StandardCharsets.UTF_8);
        int second = archive.indexOf("WARC/1", 1);
        String broken = archive.substring(0, second) + "WARC/1.1\r\nthis line is not a header\r\n\r\n" + archive.substring(second);
        Reading reading = Reading.write(folder, "broken.warc", broken);
        assertEquals(List.of("broken"), reading.ids());
        assertEquals(List.of(new InputFailure("broken.warc" + " (record 2)",
                "malformed WARC record (invalid WARC record at position 14); the rest of the file cannot be read")),
                reading.failures());
    }

    @Test
    void failsAMalformedHttpResponseAloneAndReadsTheNextRecord() throws IOException {
        String archive = new String(archive(WarcCompression.NONE, html("https://harbour.example/fares", FARES, StandardCharsets.UTF_8),
                html("https://harbour.example/ferry", FERRY, StandardCharsets.UTF_8)).bytes(), StandardCharsets.UTF_8);
        Reading reading = Reading.write(folder, "http.warc", archive.replaceFirst("HTTP/1.1 200 OK", "HTTX/9.9 abc OK"));
        assertEquals(List.of("The ferry to Gull Island runs every forty minutes from June."), reading.texts());
        assertEquals(List.of(new InputFailure("http.warc" + " (record 1: https://harbour.example/fares)",
                "malformed HTTP response (invalid HTTP message at byte position 3)")), reading.failures());
    }

    @Test
    void appliesTheSizeLimitToEachRecordNotToTheArchive() throws IOException {
        String large = "<p>" + "The harbour is busy in summer. ".repeat(40) + "</p>";
        Path file = folder.resolve("limits.warc");
        Files.write(file, archive(WarcCompression.NONE, html("https://harbour.example/ferry", FERRY, StandardCharsets.UTF_8),
                html("https://harbour.example/large", large, StandardCharsets.UTF_8),
                html("https://harbour.example/fares", FARES, StandardCharsets.UTF_8)).bytes());
        Reading reading = Reading.of(file, new IngestOptions(600));
        assertEquals(List.of("limits#1", "limits#2"), reading.ids());
        assertEquals(List.of(new InputFailure(file.getFileName() + " (record 2: https://harbour.example/large)",
                "record is larger than the limit of 600 bytes (set --max-file-size to raise it)")), reading.failures());
    }

    @Test
    void reportsAPageWithoutTextAndAnArchiveWithoutPages() throws IOException {
        Path empty = folder.resolve("empty-page.warc");
        Files.write(empty, archive(WarcCompression.NONE, html("https://harbour.example/blank", "<html><body><img src=x></body></html>",
                StandardCharsets.UTF_8)).bytes());
        assertEquals(List.of(new InputFailure(empty.getFileName() + " (record 1: https://harbour.example/blank)", "no text found")),
                Reading.of(empty).failures());
        Path images = folder.resolve("images.warc.gz");
        Files.write(images, archive(WarcCompression.GZIP, harbourRecords()[2]).bytes());
        assertEquals(List.of(new InputFailure(images.getFileName().toString(), "no HTML response records found")), Reading.of(images).failures());
    }

    @Test
    void findsACompressedArchiveOnStandardInput() throws IOException {
        Reading reading = Reading.ofStandardInput(archive(WarcCompression.GZIP, harbourRecords()).bytes());
        assertEquals(List.of("stdin#1", "stdin#2"), reading.ids());
        assertEquals(new Origin("-", 0, FARES.length(), "https://harbour.example/fares"),
                reading.documents().get(0).metadata().origin());
    }

    @Test
    void aNumberHeaderThatIsNoNumberIsAMalformedRecordNotACrash() {
        byte[] crash;
        try (java.io.InputStream in = WarcIngestTest.class.getResourceAsStream("IngestFuzzTestInputs/warc/crash-content-length-not-a-number")) {
            crash = in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Reading reading = Reading.write(folder, "fuzzed.warc", crash);
        assertEquals(List.of(), reading.documents());
        assertEquals(1, reading.failures().size());
        assertTrue(reading.failures().get(0).reason().startsWith("malformed WARC record (a number header is not a number"),
                reading.failures().get(0).reason());
    }
}
