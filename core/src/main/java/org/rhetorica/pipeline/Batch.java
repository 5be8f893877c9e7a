package org.rhetorica.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
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

    private final Reader reader;
    private final UnaryOperator<Document> work;
    private final Predicate<Document> wanted;
    private final int threads;
    private final Duration timeLimit;

    /** Analyses every document read, keeping no attachments. */
    public Batch(Ingest ingest, Pipeline pipeline, int threads) {
        this(ingest::read, doc -> pipeline.annotate(doc).withoutAttachments(), doc -> true, threads);
    }

    /**
     * @param reader reads one input into documents (an {@link Ingest}, or a reader of results)
     * @param work what a worker thread does with each document: analyse it, and whatever else the caller needs done in parallel
     * @param wanted which documents go to the workers, asked on the reading thread; the others go to {@link Sink#skipped}
     */
    public Batch(Reader reader, UnaryOperator<Document> work, Predicate<Document> wanted, int threads) {
        this(reader, work, wanted, threads, DEFAULT_TIME_LIMIT);
    }

    /**
     * @param timeLimit how long one document's work may take; past it the document is reported as
     *     failed and the run goes on, so that one pathological input never holds back the rest
     */
    public Batch(Reader reader, UnaryOperator<Document> work, Predicate<Document> wanted, int threads, Duration timeLimit) {
        this.reader = reader;
        this.work = work;
        this.wanted = wanted;
        this.threads = threads;
        this.timeLimit = timeLimit;
    }

    /**
     * The analysis of a document by {@code pipeline}, without attachments, telling {@code log} (from
     * any worker thread) as each annotator starts on a document of {@value #LONG_DOCUMENT_CHARS}
     * characters or more, so that a long one shows it advances.
     */
    public static UnaryOperator<Document> analysing(Pipeline pipeline, Consumer<String> log) {
        return doc -> {
            long start = System.nanoTime();
            int length = doc.text().length();
            Pipeline.Steps steps = length < LONG_DOCUMENT_CHARS ? (name, index) -> {} : (name, index) -> log.accept(String.format(
                    Locale.ROOT, "document %s (%,d characters): %s, step %d of %d, %.0f s so far", doc.id(), length, name,
                    index + 1, pipeline.names().size(), (System.nanoTime() - start) / 1e9));
            return pipeline.annotate(doc, steps).withoutAttachments();
        };
    }

    /** Reads one input file into documents; what cannot be read goes to the failures. */
    @FunctionalInterface
    public interface Reader {
        void read(InputFile file, Consumer<Document> documents, Consumer<InputFailure> failures);
    }

    /** Receives results; called on one thread only. */
    public interface Sink {
        void document(Document doc, long nanos) throws Exception;

        void failure(InputFailure failure);

        /** A document read that was not wanted (already indexed, say), in input order. */
        default void skipped(Document doc) {}

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
                reader.read(file, doc -> {
                    AtomicLong started = new AtomicLong();
                    pending.add(wanted.test(doc) ? new Pending(file, doc.id(), workers.submit(() -> timed(doc, started)), null, started)
                            : new Pending(file, doc.id(), null, doc, started));
                    deliverBeyond(inFlight, pending, sink, counts);
                }, failure -> {
                    counts[1]++;
                    sink.failure(failure);
                });
                pending.add(new Pending(file, null, null, null, null));
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

    /**
     * A document in flight ({@code result}), skipped ({@code skipped}), or the end of a file (neither);
     * {@code started} is when a worker began on it (nanoTime), 0 until then.
     */
    private record Pending(InputFile file, String documentId, Future<Timed> result, Document skipped, AtomicLong started) {}

    private record Timed(Document doc, long nanos) {}

    /** The result, or null once its work has run past the time limit (it is then cancelled). */
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
        Document done = work.apply(doc);
        return new Timed(done, System.nanoTime() - start);
    }

    private void deliver(Pending next, Sink sink, int[] counts) {
        if (next.skipped() != null) {
            sink.skipped(next.skipped());
            return;
        }
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
