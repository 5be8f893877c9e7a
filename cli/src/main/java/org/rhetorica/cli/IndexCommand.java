package org.rhetorica.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rhetorica.index.CorpusWriter;
import org.rhetorica.index.IndexConfig;
import org.rhetorica.index.Indexer;
import org.rhetorica.index.ResultFiles;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.ingest.InputFile;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rhetorica index}: documents, or Rhetorica's results, into a corpus index on disk. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Analyses documents and adds them to a corpus index (Lucene, on disk) for 'search', 'export' and 'serve'.",
                "Takes what 'analyze' takes, and folders of its JSON results (.json, .jsonl), which are not analysed again.",
                "Documents already in the index (same id, metadata and text) are skipped; --reanalyze analyses them again.",
                "Safe to stop at any moment: what was committed stays, and a second run completes the rest."})
public final class IndexCommand implements Callable<Integer>, CliCommand {
    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Files, folders or - for standard input; none with --reanalyze re-analyses what another pipeline analysed.")
    List<String> inputs = List.of();

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder (made if missing).")
    Path index;

    @Option(names = "--reanalyze", description = "Analyse again what the index holds (after a model update) and replace it.")
    boolean reanalyze;

    @Option(names = "--commit-every", paramLabel = "N", description = "Documents between commits (default: ${DEFAULT-VALUE}).")
    int commitEvery = 100;

    @Option(names = "--merge", description = {"Merge the index into one segment at the end: slow (about 4 s per 1,000",
            "articles), but searches of a corpus that is mostly read get faster, by meaning about twice."})
    boolean merge;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() throws Exception {
        PrintStream log = System.err;
        if (inputs.isEmpty() && !reanalyze) {
            log.println("error: name the files or folders to index, or give --reanalyze");
            return 2;
        }
        Ingest ingest = new Ingest(options.ingestOptions());
        List<InputFailure> failures = new ArrayList<>();
        List<InputFile> files = ingest.discover(inputs, failure -> {
            failures.add(failure);
            log.println("error: " + failure);
        });
        IndexConfig config = IndexConfig.standard();
        try (Resources resources = options.resources();
                CorpusWriter writer = new CorpusWriter(index, config, commitEvery)) {
            Pipeline pipeline = options.pipeline(resources);
            Indexer indexer = new Indexer(writer, pipeline, Workbenches.vectors(resources), config, reanalyze, options.threads);
            Indexer.Outcome outcome;
            try (Progress progress = Progress.start(Math.max(1, files.size()), log)) {
                Indexer.Listener listener = new Indexer.Listener() {
                    @Override
                    public void indexed(String key) {
                        progress.document();
                    }

                    @Override
                    public void failure(InputFailure failure) {
                        failures.add(failure);
                        log.println("error: " + failure);
                    }

                    @Override
                    public void fileDone(InputFile file) {
                        progress.fileDone();
                    }
                };
                outcome = files.isEmpty() ? indexer.reanalyzeStale(index, config, listener)
                        : indexer.run(files, new ResultFiles(ingest, config.layers(), options.maxFileBytes), listener);
            }
            writer.commit();
            if (merge) {
                long start = System.nanoTime();
                writer.mergeSegments();
                log.printf(Locale.ROOT, "merged into one segment in %.1f s%n", (System.nanoTime() - start) / 1e9);
            }
            log.printf(Locale.ROOT, "%d documents indexed, %d already in the index, %d inputs failed; the index %s holds %d documents%n",
                    outcome.indexed(), outcome.skipped(), failures.size(), index, writer.size());
        }
        return failures.isEmpty() ? 0 : 1;
    }
}
