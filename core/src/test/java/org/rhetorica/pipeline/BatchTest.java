package org.rhetorica.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.IngestOptions;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.ingest.InputFile;

/** A batch streams: documents are analysed while their file is still being read, in input order. */
class BatchTest {
    private static final int RECORDS = 3_000;
    private static final int THREADS = 2;

    @TempDir
    Path folder;

    @Test
    void aLargeArchiveIsAnalysedWithOnlyAFewDocumentsInFlight() throws IOException {
        Path warc = folder.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < RECORDS; i++) {
                byte[] page = ("<html><head><title>Notice " + i + "</title></head><body><p>The harbour office posts notice "
                        + i + " about the ferry timetable for the islands this week.</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                byte[] message = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                        + page.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                byte[] whole = new byte[message.length + page.length];
                System.arraycopy(message, 0, whole, 0, message.length);
                System.arraycopy(page, 0, whole, message.length, page.length);
                writer.write(new WarcResponse.Builder("https://harbour.example/notice/" + i)
                        .body(MediaType.HTTP_RESPONSE, whole).build());
            }
        }
        AtomicInteger started = new AtomicInteger();
        Annotator counting = new Annotator() {
            @Override
            public Set<DataKey> requires() {
                return Set.of();
            }

            @Override
            public Set<DataKey> produces() {
                return Set.of();
            }

            @Override
            public Document annotate(Document doc) {
                started.incrementAndGet();
                return doc;
            }
        };
        Ingest ingest = new Ingest(new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES));
        List<String> titles = new ArrayList<>();
        int[] mostInFlight = {0};
        Batch.Outcome outcome = new Batch(ingest, Pipeline.of(Map.of("counting", counting)), THREADS)
                .run(List.of(new InputFile(warc, warc.toString(), "crawl")), new Batch.Sink() {
                    @Override
                    public void document(Document doc, long nanos) {
                        titles.add(doc.metadata().title());
                        mostInFlight[0] = Math.max(mostInFlight[0], started.get() - titles.size());
                    }

                    @Override
                    public void failure(InputFailure failure) {
                        throw new AssertionError(failure.toString());
                    }
                });
        assertEquals(RECORDS, outcome.documents());
        assertEquals("Notice 0", titles.get(0));
        assertEquals("Notice " + (RECORDS - 1), titles.get(RECORDS - 1));
        // Read, queued and analysed but not yet delivered: bounded by the queue, not by the file.
        assertTrue(mostInFlight[0] <= THREADS * 4 + THREADS, "documents in flight: " + mostInFlight[0]);
    }

    @Test
    void aDocumentPastTheTimeLimitFailsAloneAndTheOthersAreDelivered() throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "The ferry runs again.", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("b.txt"), "This one is slow to analyse.", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("c.txt"), "The market is open.", StandardCharsets.UTF_8);
        Annotator stalling = new Annotator() {
            @Override
            public Set<DataKey> requires() {
                return Set.of();
            }

            @Override
            public Set<DataKey> produces() {
                return Set.of();
            }

            @Override
            public Document annotate(Document doc) {
                if (doc.text().contains("slow")) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted");
                    }
                }
                return doc;
            }
        };
        Ingest ingest = new Ingest(IngestOptions.defaults());
        List<String> delivered = new ArrayList<>();
        List<InputFailure> failures = new ArrayList<>();
        Pipeline stallingPipeline = Pipeline.of(Map.of("stalling", stalling));
        new Batch(ingest::read, stallingPipeline::annotate, doc -> true, THREADS, java.time.Duration.ofSeconds(1))
                .run(ingest.discover(List.of(corpus.toString()), failures::add), new Batch.Sink() {
                    @Override
                    public void document(Document doc, long nanos) {
                        delivered.add(doc.id());
                    }

                    @Override
                    public void failure(InputFailure failure) {
                        failures.add(failure);
                    }
                });
        assertEquals(List.of("a", "c"), delivered);
        assertEquals(List.of(new InputFailure("corpus/b.txt (document b)", "analysis took longer than 1 s; skipped (set --time-limit to allow more)")),
                failures);
    }

    @Test
    void aLongDocumentReportsEachAnnotatorAsItStarts() throws IOException {
        Path text = Files.writeString(folder.resolve("long.txt"), "The ferry runs again on Monday. ".repeat(35_000), StandardCharsets.UTF_8);
        Annotator quiet = new Annotator() {
            @Override
            public Set<DataKey> requires() {
                return Set.of();
            }

            @Override
            public Set<DataKey> produces() {
                return Set.of();
            }

            @Override
            public Document annotate(Document doc) {
                return doc;
            }
        };
        Ingest ingest = new Ingest(IngestOptions.defaults());
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        new Batch(ingest::read, Batch.analysing(Pipeline.of(Map.of("quiet", quiet)), log::add), doc -> true, 1)
                .run(ingest.discover(List.of(text.toString()), f -> {}), new Batch.Sink() {
                    @Override
                    public void document(Document doc, long nanos) {}

                    @Override
                    public void failure(InputFailure failure) {
                        throw new AssertionError(failure.toString());
                    }
                });
        assertEquals(1, log.size());
        assertTrue(log.get(0).startsWith("document long (1,119,999 characters): quiet, step 1 of 1, "), log.get(0));
    }
}
