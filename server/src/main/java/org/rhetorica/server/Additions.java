package org.rhetorica.server;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.LockObtainFailedException;
import org.rhetorica.doc.Document;
import org.rhetorica.index.Corpus;
import org.rhetorica.index.CorpusWriter;
import org.rhetorica.index.IndexConfig;
import org.rhetorica.index.Indexer;
import org.rhetorica.index.SentenceVectors;
import org.rhetorica.pipeline.Pipeline;

/**
 * Adds documents analysed by the workbench to its index, one at a time. The writer is opened for each
 * addition and closed (committed) after it, so that the index stays free for 'rhetorica index' in
 * between; while another process writes, additions are refused with 409.
 */
final class Additions {
    private final Path folder;
    private final IndexConfig config;
    private final Pipeline pipeline;
    private final SentenceVectors vectors;
    private final Corpus corpus;

    Additions(Path folder, IndexConfig config, Pipeline pipeline, SentenceVectors vectors, Corpus corpus) {
        this.folder = folder;
        this.config = config;
        this.pipeline = pipeline;
        this.vectors = vectors;
        this.corpus = corpus;
    }

    /** Adds the analysed document; returns its key. */
    synchronized String add(Document analysed) throws IOException {
        String key;
        try (CorpusWriter writer = new CorpusWriter(folder, config, Integer.MAX_VALUE)) {
            key = new Indexer(writer, pipeline, vectors, config, false, 1).add(analysed);
        } catch (LockObtainFailedException e) {
            throw new ApiException(409, "another process is writing the index; try again when it is done");
        }
        corpus.refresh();
        return key;
    }

    /** Keeps imported gold labels beside their documents. */
    synchronized void putGold(java.util.List<org.rhetorica.index.Gold> gold) throws IOException {
        try (CorpusWriter writer = new CorpusWriter(folder, config, Integer.MAX_VALUE)) {
            for (org.rhetorica.index.Gold labels : gold) {
                writer.putGold(labels);
            }
        } catch (LockObtainFailedException e) {
            throw new ApiException(409, "another process is writing the index; try again when it is done");
        }
        corpus.refresh();
    }
}
