package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.doc.Document;
import org.rhetorica.ingest.exports.ExportPost;

/**
 * Compressed exports, and every limit with an input just past it: decompression ratio, JSON nesting
 * depth, line length, record size. What breaks is reported with its place; the rest is kept.
 */
class ExportLimitsTest {
    @TempDir
    Path folder;

    private static byte[] zstd(byte[] bytes, boolean longWindow) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZstdOutputStream zstd = new ZstdOutputStream(out)) {
            if (longWindow) {
                zstd.setLong(27);
            }
            zstd.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void aZstandardRedditDumpWithALongWindowReadsLikeThePlainOne() throws IOException {
        byte[] dump = ExportsTest.fixture("reddit-dump.ndjson");
        Reading reading = Reading.write(folder, "RC_2026-03.zst", zstd(dump, true));
        assertEquals(String.format(ExportsTest.REDDIT, "RC_2026-03"), ExportsTest.describe(reading));
        Reading gzipped = Reading.write(folder, "comments.ndjson.gz", gzip(dump));
        assertEquals(String.format(ExportsTest.REDDIT, "comments"), ExportsTest.describe(gzipped));
    }

    @Test
    void aDecompressionBombIsRefused() throws IOException {
        byte[] zeros = new byte[8 * 1024 * 1024];
        java.util.Arrays.fill(zeros, (byte) 'a');
        Reading reading = Reading.write(folder, "bomb.txt.zst", zstd(zeros, false));
        assertEquals(List.of(), reading.documents());
        assertEquals(1, reading.failures().size());
        assertTrue(reading.failures().get(0).reason().startsWith("decompresses to more than 100 times its size"),
                reading.failures().get(0).reason());
    }

    @Test
    void jsonNestedPastTheDepthLimitFailsThatLineAlone() {
        String deep = "{\"text\": " + "[".repeat(IngestOptions.MAX_JSON_DEPTH + 1) + "]".repeat(IngestOptions.MAX_JSON_DEPTH + 1) + "}";
        String lines = "{\"text\": \"The ferry runs again.\"}\n" + deep + "\n{\"text\": \"The market is open.\"}\n";
        Reading reading = Reading.write(folder, "mixed.jsonl", lines);
        assertEquals(List.of("The ferry runs again.", "The market is open."), reading.texts());
        assertEquals(1, reading.failures().size());
        assertEquals("mixed.jsonl (line 2)", reading.failures().get(0).path());
        assertTrue(reading.failures().get(0).reason().contains("Document nesting depth (1001) exceeds the maximum allowed (1000"),
                reading.failures().get(0).reason());
    }

    @Test
    void aLineLongerThanTheLimitFailsAloneAndTheNextLinesAreRead() throws IOException {
        String lines = "{\"text\": \"The ferry runs again.\"}\n{\"text\": \"" + "x".repeat(500) + "\"}\n{\"text\": \"The market is open.\"}\n";
        Path file = Files.writeString(folder.resolve("long.jsonl"), lines, StandardCharsets.UTF_8);
        Reading reading = Reading.of(file, new IngestOptions(200));
        assertEquals(List.of("The ferry runs again.", "The market is open."), reading.texts());
        assertEquals(List.of(new InputFailure("long.jsonl (line 2)", "line is longer than the limit of 200 bytes (set --max-file-size to raise it)")),
                reading.failures());
    }

    @Test
    void aRecordLargerThanTheLimitEndsAJsonDocumentThereAndKeepsWhatCameBefore() throws IOException {
        StringBuilder messages = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            messages.append(i > 1 ? "," : "").append("{\"id\": ").append(i).append(", \"type\": \"message\", \"date\": \"2026-03-02T10:00:00\", ")
                    .append("\"date_unixtime\": \"1772445600\", \"from\": \"Ola\", \"from_id\": \"user1\", \"text\": \"")
                    .append(i == 2 ? "y".repeat(200_000) : "Message " + i + ".").append("\"}");
        }
        String export = "{\"name\": \"Harbour\", \"type\": \"public_channel\", \"id\": 7, \"messages\": [" + messages + "]}";
        Path file = Files.writeString(folder.resolve("result.json"), export, StandardCharsets.UTF_8);
        Reading reading = Reading.of(file, new IngestOptions(100_000));
        assertEquals(List.of("Message 1."), reading.texts());
        assertEquals(List.of(new InputFailure("result.json (messages[1])",
                "record is larger than the limit of 97.7 KiB (set --max-file-size to raise it); the rest of the file cannot be read")),
                reading.failures());
    }

    @Test
    void aBrokenLineOfAnExportIsReportedWithItsNumberAndTheRestKept() {
        String dump = new String(ExportsTest.fixture("reddit-dump.ndjson"), StandardCharsets.UTF_8);
        String[] lines = dump.split("\n");
        lines[2] = lines[2].substring(0, 40);
        Reading reading = Reading.write(folder, "broken.ndjson", String.join("\n", lines) + "\n");
        assertEquals(List.of("broken#1ab2cd", "broken#9zz9"), reading.ids());
        assertEquals(1, reading.failures().size());
        assertEquals("broken.ndjson (line 3)", reading.failures().get(0).path());
        assertTrue(reading.failures().get(0).reason().startsWith("not valid JSON: "), reading.failures().get(0).reason());
    }

    @Test
    void aBrokenJsonDocumentKeepsTheMessagesBeforeTheBreak() {
        String export = "{\"name\": \"Harbour\", \"type\": \"public_channel\", \"id\": 7, \"messages\": ["
                + "{\"id\": 1, \"type\": \"message\", \"date\": \"2026-03-02T10:00:00\", \"from\": \"Ola\", \"from_id\": \"user1\", \"text\": \"First.\"},"
                + "{\"id\": 2, \"type\": \"message\", \"date\": \"2026-03-02T10:05:00\", \"from\": \"Ola\", \"from_id\": \"user1\", \"text\": \"Sec";
        Reading reading = Reading.write(folder, "cut.json", export);
        assertEquals(List.of("First."), reading.texts());
        assertEquals("cut.json (messages[1])", reading.failures().get(0).path());
        assertTrue(reading.failures().get(0).reason().endsWith("; the rest of the file cannot be read"));
    }

    @Test
    void openThreadsStayWithinTheBudgetAndThreadsCutByItContinueInASecondDocument() {
        List<Document> documents = new ArrayList<>();
        ThreadAssembler threads = new ThreadAssembler("dump", "dump", 2_000, documents::add);
        String body = "w".repeat(100);
        for (int i = 0; i < 1_000; i++) {
            threads.add(new ExportPost("c" + i, null, "t" + (i % 50), "a", null, null, null, null, body, null, null, "line " + i));
            assertTrue(documents.size() >= i / 12 - 50, "threads are handed on as the budget fills, not at the end");
        }
        threads.add(new ExportPost("late", null, "t0", "a", null, null, null, null, "Late reply.", null, null, "line 1000"));
        threads.finish();
        Document continued = documents.stream().filter(doc -> doc.text().contains("Late reply.")).findFirst().orElseThrow();
        assertTrue(continued.id().startsWith("dump#t0-"), continued.id());
        assertTrue(continued.metadata().warnings().get(0).startsWith("this thread continues dump#t0"), continued.metadata().warnings().toString());
    }
}
