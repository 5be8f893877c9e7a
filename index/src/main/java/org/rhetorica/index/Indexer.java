package org.rhetorica.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.rhetorica.doc.Document;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.ingest.InputFile;
import org.rhetorica.pipeline.Batch;
import org.rhetorica.pipeline.Pipeline;

/**
 * Adds documents to an index: each input document is skipped if the index holds it already (by
 * content hash), else analysed (or taken as it is, for a Rhetorica result) and prepared on a worker
 * thread, then written by the one writer. With {@code reanalyze}, everything is analysed again and
 * replaces what the index held.
 */
public final class Indexer {
    private final CorpusWriter writer;
    private final Pipeline pipeline;
    private final Preparation preparation;
    private final boolean reanalyze;
    private final int threads;

    public Indexer(CorpusWriter writer, Pipeline pipeline, SentenceVectors vectors, IndexConfig config, boolean reanalyze,
            int threads) {
        this.writer = writer;
        this.pipeline = pipeline;
        this.preparation = new Preparation(config.contributors(), vectors, writer.claims());
        this.reanalyze = reanalyze;
        this.threads = threads;
    }

    /** What a run did. */
    public record Outcome(int indexed, int skipped, int failures) {}

    /** Hears of each document and failure as the run goes, on the calling thread. */
    public interface Listener {
        void indexed(String key);

        default void skipped(Document doc) {}

        void failure(InputFailure failure);

        default void fileDone(InputFile file) {}
    }

    public Outcome run(List<InputFile> files, Batch.Reader reader, Listener listener) {
        int[] counts = new int[3];
        new Batch(reader, this::prepare, this::wanted, threads).run(files, new Batch.Sink() {
            @Override
            public void document(Document doc, long nanos) throws IOException {
                listener.indexed(writer.add(doc.attachment(Prepared.ATTACHMENT)));
                counts[0]++;
            }

            @Override
            public void skipped(Document doc) {
                counts[1]++;
                listener.skipped(doc);
            }

            @Override
            public void failure(InputFailure failure) {
                counts[2]++;
                listener.failure(failure);
            }

            @Override
            public void fileDone(InputFile file) {
                listener.fileDone(file);
            }
        });
        return new Outcome(counts[0], counts[1], counts[2]);
    }

    /**
     * Analyses again every document of the index in {@code folder} that another pipeline analysed
     * (an older model, say), from the text and metadata the index keeps, and replaces it.
     */
    public Outcome reanalyzeStale(java.nio.file.Path folder, IndexConfig config, Listener listener) throws IOException {
        List<String> keys;
        try (Corpus corpus = Corpus.open(folder, config)) {
            keys = corpus.keysNotAnalysedBy(CorpusWriter.pipelineId(pipeline.spec()));
        }
        InputFile stored = new InputFile(folder, folder.toString(), "");
        return run(List.of(stored), (file, documents, failures) -> {
            try (Corpus corpus = Corpus.open(folder, config)) {
                for (String key : keys) {
                    Document doc = corpus.document(key);
                    if (doc != null) {
                        documents.accept(doc);
                    }
                }
            } catch (IOException e) {
                failures.accept(new InputFailure(folder.toString(), "cannot read the index: " + e.getMessage()));
            }
        }, listener);
    }

    /** Analyses one document now, on this thread, and adds it: for a server's single additions. */
    public String add(Document doc) throws IOException {
        return writer.add(prepare(doc).attachment(Prepared.ATTACHMENT));
    }

    private boolean wanted(Document doc) {
        try {
            return reanalyze || !writer.contains(Preparation.contentHash(doc));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    private Document prepare(Document doc) {
        String hash = Preparation.contentHash(doc);
        boolean analysed = doc.metadata().pipeline() != null;
        Document done = analysed && !reanalyze ? doc
                : pipeline.annotate(analysed ? Document.of(doc.text(), doc.metadata().withPipeline(null)) : doc);
        Prepared prepared = preparation.prepare(done, hash);
        return prepared.doc().with(Prepared.ATTACHMENT, prepared);
    }
}
