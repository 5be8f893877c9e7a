package org.rhetorica.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.rhetorica.index.Corpus;
import org.rhetorica.index.CorpusWriter;
import org.rhetorica.index.IndexConfig;
import org.rhetorica.index.Indexer;
import org.rhetorica.index.ResultFiles;
import org.rhetorica.index.SentenceVectors;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.ingest.InputFile;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.server.Limits;
import org.rhetorica.server.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rhetorica serve}: the workbench over an index, or over a demo index of the samples. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the workbench: search, charts, documents, analysis and exports in the browser, and a JSON API",
                "(described at /openapi.json). Without --index it serves a demo index made from the repository's samples/.",
                "Listens on 127.0.0.1 only unless --host says otherwise."})
public final class ServeCommand implements Callable<Integer>, CliCommand {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", description = "The index folder (made by 'rhetorica index').")
    Path index;

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port = 8080;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() throws Exception {
        PrintStream log = System.err;
        IndexConfig config = IndexConfig.standard();
        try (Resources resources = options.resources()) {
            Pipeline pipeline = options.pipeline(resources);
            SentenceVectors vectors = Workbenches.vectors(resources);
            Path folder = index != null ? index : demoIndex(config, pipeline, vectors, log);
            if (!Workbenches.asUsage(spec, () -> Workbench.isLoopback(host))) {
                log.println("warning: listening on " + host + ": anyone who can reach this machine can read the index and run analyses");
            }
            ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "rhetorica-refresh");
                thread.setDaemon(true);
                return thread;
            });
            try (Corpus corpus = Corpus.open(folder, config);
                    Workbench workbench = new Workbench(corpus, folder, config, pipeline, vectors, Limits.defaults())) {
                // Documents another process indexes show up within seconds of its commits.
                refresher.scheduleWithFixedDelay(() -> {
                    try {
                        corpus.refresh();
                    } catch (Exception e) {
                        log.println("warning: cannot refresh the index: " + e.getMessage());
                    }
                }, 2, 2, TimeUnit.SECONDS);
                int bound = workbench.start(host, port);
                log.printf(Locale.ROOT, "Rhetorica workbench: %d documents from %s%n", corpus.size(), folder);
                System.out.printf(Locale.ROOT, "http://%s:%d/%n", host.contains(":") ? "[" + host + "]" : host, bound);
                System.out.flush();
                new CountDownLatch(1).await();
            } finally {
                refresher.shutdownNow();
            }
        }
        return 0;
    }


    /** The samples, indexed into target/demo-index of the repository (again only when they changed). */
    private Path demoIndex(IndexConfig config, Pipeline pipeline, SentenceVectors vectors, PrintStream log) throws Exception {
        Path home = Path.of(System.getProperty("rhetorica.home", "."));
        Path samples = home.resolve("samples");
        if (!Files.isDirectory(samples)) {
            throw new org.rhetorica.io.InvalidInputException("no --index given and no samples/ folder at " + home.toAbsolutePath()
                    + " to make a demo index from");
        }
        Path folder = home.resolve("target").resolve("demo-index");
        if (Files.isDirectory(folder) && !Corpus.isCurrent(folder)) {
            Workbenches.deleteTree(folder); // made by another version: the samples are quickly indexed again
        }
        Files.createDirectories(folder);
        Ingest ingest = new Ingest(options.ingestOptions());
        List<InputFailure> failures = new ArrayList<>();
        List<InputFile> files = ingest.discover(List.of(samples.toString()), failures::add);
        try (CorpusWriter writer = new CorpusWriter(folder, config, 100)) {
            Indexer.Outcome outcome = new Indexer(writer, pipeline, vectors, config, false, options.threads)
                    .run(files, new ResultFiles(ingest, config.layers(), options.maxFileBytes), new Indexer.Listener() {
                        @Override
                        public void indexed(String key) {}

                        @Override
                        public void failure(InputFailure failure) {
                            log.println("warning: " + failure);
                        }
                    });
            log.printf(Locale.ROOT, "demo index %s: %d documents added, %d already there%n", folder, outcome.indexed(), outcome.skipped());
        }
        return folder;
    }
}
