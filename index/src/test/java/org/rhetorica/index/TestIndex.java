package org.rhetorica.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.rhetorica.doc.Document;
import org.rhetorica.pipeline.Pipeline;

/** Builds indexes of analysed documents for tests, with word vectors and no analysis. */
public final class TestIndex {
    private TestIndex() {}

    /** An index of {@code docs} in {@code folder}; returns it opened for reading. */
    public static Corpus of(Path folder, List<Document> docs) throws IOException {
        return of(folder, docs, IndexConfig.standard());
    }

    /** The same with another configuration (one that reads more layers, say). */
    public static Corpus of(Path folder, List<Document> docs, IndexConfig config) throws IOException {
        try (CorpusWriter writer = new CorpusWriter(folder, config, 1000)) {
            Indexer indexer = new Indexer(writer, Pipeline.of(Map.of()), new WordVectors(), config, false, 1);
            for (Document doc : docs) {
                indexer.add(doc);
            }
        }
        return Corpus.open(folder, config);
    }
}
