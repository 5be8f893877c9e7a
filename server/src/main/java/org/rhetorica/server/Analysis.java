package org.rhetorica.server;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.rhetorica.doc.Document;
import org.rhetorica.pipeline.Pipeline;

/**
 * Runs the pipeline for the API, a few documents at a time, each within a time limit. A document
 * still running when its time is up is answered with 503 and finishes in the background, holding its
 * place until then, so that slow documents cannot pile up.
 */
final class Analysis implements AutoCloseable {
    private final Pipeline pipeline;
    private final Limits limits;
    private final Admission admission;
    private final ExecutorService workers;

    Analysis(Pipeline pipeline, Limits limits) {
        this.pipeline = pipeline;
        this.limits = limits;
        this.admission = new Admission(limits.concurrentAnalyses(), "analyses");
        this.workers = Executors.newFixedThreadPool(limits.concurrentAnalyses(), runnable -> {
            Thread thread = new Thread(runnable, "rhetorica-analysis");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The document analysed, with its attachments (the encoder's vectors), for adding it to the index. */
    Document analyse(Document input) {
        if (pipeline == null) {
            throw new ApiException(501, "this workbench was started without the analysis pipeline");
        }
        admission.enter();
        Future<Document> result;
        try {
            result = workers.submit(() -> {
                try {
                    return pipeline.annotate(input);
                } finally {
                    admission.leave();
                }
            });
        } catch (RuntimeException e) {
            admission.leave();
            throw e;
        }
        try {
            return result.get(limits.analysisTime().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ApiException(503, "the analysis took longer than the limit of " + limits.analysisTime().toSeconds()
                    + " s; send a shorter text");
        } catch (ExecutionException e) {
            throw new ApiException(422, "cannot analyse the document: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted");
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
