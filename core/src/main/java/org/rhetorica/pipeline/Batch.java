package org.rhetorica.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.rhetorica.doc.Document;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.ingest.InputFile;

/**
 * Reads inputs, runs the pipeline over their documents on worker threads and hands every result to
 * a sink in input order, on the calling thread. A file or document that fails is reported to the
 * sink and the run goes on.
 */
public final class Batch {
    /** Documents at least this long report each annotator as it starts, so that a long one shows it advances. */
    static final int LONG_DOCUMENT_CHARS = 1_000_000;

    /** Analysis time allowed per document unless a run says otherwise. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(10);

    private final Ingest ingest;
    private final Pipeline pipeline;
    private final int threads;
    private final Duration timeLimit;
    private final Consumer<String> log;

    public Batch(Ingest ingest, Pipeline pipeline, int threads) {
        this(ingest, pipeline, threads, DEFAULT_TIME_LIMIT, line -> {});
    }

    /**
     * @param timeLimit how long one document's analysis may take; past it the document is reported
     *     as failed and the run goes on, so that one pathological input never holds back the rest
     * @param log takes a line of progress within a long document ({@value #LONG_DOCUMENT_CHARS}
     *     characters or more), from any worker thread
     */
    public Batch(Ingest ingest, Pipeline pipeline, int threads, Duration timeLimit, Consumer<String> log) {
        this.ingest = ingest;
        this.pipeline = pipeline;
        this.threads = threads;
        this.timeLimit = timeLimit;
        this.log = log;
    }

    /** Receives results; called on one thread only. */
    public interface Sink {
        /**
         * A complete result of an earlier run for a document just read, to deliver instead of
         * analysing it again, or null (the default: analyse everything).
         */
        default Document previous(Document read) {
            return null;
        }

        void document(Document doc, long nanos) throws Exception;

        void failure(InputFailure failure);

        /** One input file is done (its documents delivered), for progress reporting. */
        default void fileDone(InputFile file) {}
    }

    /** Counts of what a run did. */
    public record Outcome(int files, int documents, int failures) {}

    /**
     * Analyses every document of {@code files}. Documents stream: each is handed to the workers as
     * soon as it is read, and at most a few per worker wait for analysis or delivery at any time,
     * so memory stays flat however many documents a file holds (a WARC of 100,000 records, say).
     */
    public Outcome run(List<InputFile> files, Sink sink) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "rhetorica-worker");
            thread.setDaemon(true);
            return thread;
        });
        int inFlight = threads * 4;
        Deque<Pending> pending = new ArrayDeque<>();
        int[] counts = new int[2];
        try {
            for (InputFile file : files) {
                ingest.read(file, doc -> {
                    Document earlier = sink.previous(doc);
                    AtomicLong started = new AtomicLong();
                    Future<Timed> result = earlier != null ? CompletableFuture.completedFuture(new Timed(earlier, 0))
                            : workers.submit(() -> timed(doc, started));
                    pending.add(new Pending(file, doc.id(), result, started));
                    deliverBeyond(inFlight, pending, sink, counts);
                }, failure -> {
                    counts[1]++;
                    sink.failure(failure);
                });
                pending.add(new Pending(file, null, null, null));
                deliverBeyond(inFlight, pending, sink, counts);
            }
            deliverBeyond(0, pending, sink, counts);
        } finally {
            workers.shutdownNow();
        }
        return new Outcome(files.size(), counts[0], counts[1]);
    }

    /** Delivers the oldest results, in input order, until at most {@code limit} wait. */
    private void deliverBeyond(int limit, Deque<Pending> pending, Sink sink, int[] counts) {
        while (pending.size() > limit) {
            deliver(pending.poll(), sink, counts);
        }
    }

    /** @param started when a worker began on the document (nanoTime), 0 until then */
    private record Pending(InputFile file, String documentId, Future<Timed> result, AtomicLong started) {}

    private record Timed(Document doc, long nanos) {}

    /** The result, or null once its analysis has run past the time limit (it is then cancelled). */
    private Timed awaitWithinLimit(Pending next) throws InterruptedException, ExecutionException {
        while (true) {
            try {
                return next.result().get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                long started = next.started().get();
                if (started != 0 && System.nanoTime() - started > timeLimit.toNanos()) {
                    next.result().cancel(true);
                    return null;
                }
            }
        }
    }

    private Timed timed(Document doc, AtomicLong started) {
        long start = System.nanoTime();
        started.set(start);
        int length = doc.text().length();
        Pipeline.Steps steps = length < LONG_DOCUMENT_CHARS ? (name, index) -> {} : (name, index) -> log.accept(String.format(
                java.util.Locale.ROOT, "document %s (%,d characters): %s, step %d of %d, %.0f s so far", doc.id(), length, name,
                index + 1, pipeline.names().size(), (System.nanoTime() - start) / 1e9));
        Document done = pipeline.annotate(doc, steps).withoutAttachments();
        return new Timed(done, System.nanoTime() - start);
    }

    private void deliver(Pending next, Sink sink, int[] counts) {
        if (next.result() == null) {
            sink.fileDone(next.file());
            return;
        }
        try {
            Timed timed = awaitWithinLimit(next);
            if (timed == null) {
                counts[1]++;
                sink.failure(new InputFailure(next.file().display() + " (document " + next.documentId() + ")",
                        "analysis took longer than " + timeLimit.toSeconds() + " s; skipped (set --time-limit to allow more)"));
                return;
            }
            sink.document(timed.doc(), timed.nanos());
            counts[0]++;
        } catch (ExecutionException e) {
            counts[1]++;
            sink.failure(new InputFailure(next.file().display() + " (document " + next.documentId() + ")",
                    String.valueOf(e.getCause().getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            counts[1]++;
            sink.failure(new InputFailure(next.file().display() + " (document " + next.documentId() + ")",
                    "cannot write result: " + e.getMessage()));
        }
    }
}
