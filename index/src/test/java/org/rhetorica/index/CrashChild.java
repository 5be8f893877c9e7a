package org.rhetorica.index;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.IngestOptions;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.ingest.InputFile;
import org.rhetorica.pipeline.Pipeline;

/**
 * The process {@link CrashTest} kills: indexes a results file slowly, committing every few documents,
 * and prints {@code indexed N} after each document is added (and, every few, committed).
 * Arguments: index folder, results file, milliseconds per document, documents per commit.
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        IndexConfig config = IndexConfig.standard();
        Ingest ingest = new Ingest(IngestOptions.defaults());
        List<InputFile> files = ingest.discover(List.of(args[1]), failure -> {
            throw new IllegalStateException(failure.toString());
        });
        int[] indexed = new int[1];
        try (CorpusWriter writer = new CorpusWriter(Path.of(args[0]), config, Integer.parseInt(args[3]))) {
            Indexer.Outcome outcome = new Indexer(writer, Pipeline.of(Map.of()), new WordVectors(Long.parseLong(args[2])), config, false, 1)
                    .run(files, new ResultFiles(ingest, config.layers(), 1 << 24), new Indexer.Listener() {
                        @Override
                        public void indexed(String key) {
                            System.out.println("indexed " + ++indexed[0]);
                            System.out.flush();
                        }

                        @Override
                        public void failure(InputFailure failure) {
                            throw new IllegalStateException(failure.toString());
                        }
                    });
            System.out.println("done " + outcome.indexed() + " skipped " + outcome.skipped());
        }
    }
}
