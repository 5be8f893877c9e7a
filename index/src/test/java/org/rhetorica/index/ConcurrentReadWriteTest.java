package org.rhetorica.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.doc.Document;
import org.rhetorica.pipeline.Pipeline;

/** Readers search while a writer adds and commits: they never fail, and they see the index only grow. */
class ConcurrentReadWriteTest {
    @TempDir
    Path folder;

    @Test
    void readersSearchWhileAWriterIndexes() throws Exception {
        List<Document> docs = CorpusFixtures.many(120);
        IndexConfig config = IndexConfig.standard();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(3);
        try (CorpusWriter writer = new CorpusWriter(folder, config, 10); Corpus corpus = Corpus.open(folder, config)) {
            List<Future<Integer>> searches = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                searches.add(readers.submit(() -> {
                    long last = 0;
                    int rounds = 0;
                    while (writing.get() || rounds == 0) {
                        corpus.refresh();
                        long total = corpus.search(new SearchRequest("council OR bread", Map.of(), "", SearchRequest.Order.DATE, 0, 5),
                                null).total();
                        assertTrue(total >= last, "the index shrank from " + last + " to " + total);
                        last = total;
                        corpus.aggregate(new AggregateRequest(SearchRequest.all(), "techniques", AggregateRequest.By.SOURCE, 5));
                        rounds++;
                    }
                    return rounds;
                }));
            }
            Indexer indexer = new Indexer(writer, Pipeline.of(Map.of()), new WordVectors(), config, false, 1);
            for (Document doc : docs) {
                indexer.add(doc);
            }
            writer.commit();
            writing.set(false);
            for (Future<Integer> search : searches) {
                assertTrue(search.get() > 0);
            }
            corpus.refresh();
            assertEquals(120, corpus.size());
        } finally {
            readers.shutdownNow();
        }
    }
}
