package org.rhetorica.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
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

    public Outcome run(List<InputFile> files, Sink sink) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "rhetorica-worker");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Pending> pending = new ArrayDeque<>();
        int[] counts = new int[2];
        try {
            for (InputFile file : files) {
                List<Document> documents = new ArrayList<>();
                ingest.read(file, documents::add, failure -> {
                    counts[1]++;
                    sink.failure(failure);
                });
                for (Document doc : documents) {
                    pending.add(new Pending(file, doc.id(), workers.submit(() -> timed(doc))));
                }
                pending.add(new Pending(file, null, null));
                // Keep the workers busy without holding a whole corpus in memory.
                while (pending.size() > threads * 4) {
                    deliver(pending.poll(), sink, counts);
                }
            }
            while (!pending.isEmpty()) {
                deliver(pending.poll(), sink, counts);
            }
        } finally {
            workers.shutdownNow();
        }
        return new Outcome(files.size(), counts[0], counts[1]);
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
