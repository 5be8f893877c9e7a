package org.rhetorica.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    private final Ingest ingest;
    private final Pipeline pipeline;
    private final int threads;

    public Batch(Ingest ingest, Pipeline pipeline, int threads) {
        this.ingest = ingest;
        this.pipeline = pipeline;
        this.threads = threads;
    }

    /** Receives results; called on one thread only. */
    public interface Sink {
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
                    pending.add(new Pending(file, doc.id(), workers.submit(() -> timed(doc))));
                    deliverBeyond(inFlight, pending, sink, counts);
                }, failure -> {
                    counts[1]++;
                    sink.failure(failure);
                });
                pending.add(new Pending(file, null, null));
                deliverBeyond(inFlight, pending, sink, counts);
            }
            deliverBeyond(0, pending, sink, counts);
        } finally {
            workers.shutdownNow();
        }
        return new Outcome(files.size(), counts[0], counts[1]);
    }

    /** Delivers the oldest results, in input order, until at most {@code limit} wait. */
    private static void deliverBeyond(int limit, Deque<Pending> pending, Sink sink, int[] counts) {
        while (pending.size() > limit) {
            deliver(pending.poll(), sink, counts);
        }
    }

    private record Pending(InputFile file, String documentId, Future<Timed> result) {}

    private record Timed(Document doc, long nanos) {}

    private Timed timed(Document doc) {
        long start = System.nanoTime();
        Document done = pipeline.annotate(doc).withoutAttachments();
        return new Timed(done, System.nanoTime() - start);
    }

    private static void deliver(Pending next, Sink sink, int[] counts) {
        if (next.result() == null) {
            sink.fileDone(next.file());
            return;
        }
        try {
            Timed timed = next.result().get();
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
