package org.rhetorica.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.index.Corpus;
import org.rhetorica.index.CorpusWriter;
import org.rhetorica.index.IndexConfig;
import org.rhetorica.index.Indexer;
import org.rhetorica.index.ResultFiles;
import org.rhetorica.index.SearchRequest;
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
import picocli.CommandLine.Parameters;

/**
 * {@code rhetorica bench-workbench}: indexing speed (with analysis, and from existing results) and
 * search latency under concurrent clients on loopback, over a corpus made at run time from real
 * articles.
 */
@Command(name = "bench-workbench", mixinStandardHelpOptions = true,
        description = {"Measures the workbench: documents/s indexed with analysis and from existing results, then search",
                "latency p50/p99 for keyword, faceted and semantic queries under concurrent clients on loopback, and memory.",
                "The corpus is made in --work from the articles given (shuffled and re-dated copies past the first round):",
                "--analysed documents are analysed and indexed, then indexed again from their results (both timed); the",
                "index searched holds --documents, the rest being copies of analysed ones under other ids, outlets and dates."})
public final class BenchWorkbenchCommand implements Callable<Integer>, CliCommand {
    @Parameters(arity = "1..*", paramLabel = "ARTICLES", description = "Files or folders of news articles to make the corpus from.")
    List<String> articles;

    @Option(names = "--documents", paramLabel = "N", description = "Documents in the index searched (default: ${DEFAULT-VALUE}).")
    int documents = 10_000;

    @Option(names = "--analysed", paramLabel = "N", description = "Documents analysed, timing indexing (default: ${DEFAULT-VALUE}).")
    int analysed = 1_000;

    @Option(names = "--work", required = true, paramLabel = "DIR", description = "Folder for the corpus, results and indexes (emptied first).")
    Path work;

    @Option(names = "--clients", split = ",", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    List<Integer> clients = List.of(8, 32);

    @Option(names = "--seconds", paramLabel = "S", description = "Seconds per load run (default: ${DEFAULT-VALUE}).")
    int seconds = 20;

    @Option(names = "--warm-up", paramLabel = "S", description = {"Seconds of load (every query kind, 4 clients) before the measured runs,",
            "so that they find the search code compiled (default: ${DEFAULT-VALUE})."})
    int warmUp = 30;

    @Option(names = "--skip-indexing", description = "Reuse the index of an earlier run in --work and only load it.")
    boolean skipIndexing;

    @Option(names = "--reuse-corpus", description = "Make the index searched again from the results of an earlier run in --work, untimed.")
    boolean reuseCorpus;

    @Mixin
    PipelineOptions options;

    private static final List<String> WORDS = List.of("president", "election", "\"health care\"", "tax OR taxes", "economy AND jobs",
            "immigration", "\"supreme court\"", "clinton", "trump NOT clinton", "senate vote", "campaign", "russia", "police",
            "budget", "\"white house\"", "debate", "voters", "congress", "military", "climate");
    private static final List<String> MEANINGS = List.of("the economy is growing faster than expected",
            "the candidate attacked his rival in the debate", "voters are angry about immigration",
            "the court ruled against the government", "lawmakers could not agree on the budget",
            "the police were criticised after the shooting", "a new poll shows a close race",
            "the senator denied the allegations");

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        IndexConfig config = IndexConfig.standard();
        Path corpusFile = work.resolve("corpus.jsonl");
        Path analysedIndex = work.resolve("index-analysed");
        Path resultsFile = work.resolve("results").resolve("results.jsonl");
        Path resultsIndex = work.resolve("index-from-results");
        Path searched = work.resolve("index-searched");
        try (Resources resources = options.resources()) {
            Pipeline pipeline = options.pipeline(resources);
            SentenceVectors vectors = Workbenches.vectors(resources);
            if (reuseCorpus) {
                Workbenches.deleteTree(searched);
                index(work.resolve("copies").resolve("results.jsonl"), searched, config, pipeline, new BenchCorpus.RememberedVectors(vectors));
            } else if (!skipIndexing) {
                Workbenches.deleteTree(work);
                int sources = BenchCorpus.write(articles, analysed, corpusFile);
                out.printf(Locale.ROOT, "corpus            %d documents made from %d articles%n", analysed, sources);
                out.printf(Locale.ROOT, "index, analysing  %s%n", index(corpusFile, analysedIndex, config, pipeline, vectors));
                writeResults(analysedIndex, config, resultsFile);
                out.printf(Locale.ROOT, "index, results    %s (sentence vectors computed again)%n",
                        index(resultsFile, resultsIndex, config, pipeline, vectors));
                BenchCorpus.copies(resultsFile, documents, work.resolve("copies").resolve("results.jsonl"), config.layers());
                index(work.resolve("copies").resolve("results.jsonl"), searched, config, pipeline, new BenchCorpus.RememberedVectors(vectors));
            }
            if (!skipIndexing) {
                out.printf(Locale.ROOT, "merge             one segment in %.1f s (index --merge)%n", merge(searched, config));
            }
            out.printf(Locale.ROOT, "index size        %d MB%n", sizeOf(searched) / (1 << 20));
            load(searched, config, pipeline, vectors, out);
        }
        return 0;
    }

    /** Merges the index searched into one segment, as `index --merge` does; returns the seconds it took. */
    private static double merge(Path index, IndexConfig config) throws IOException {
        long start = System.nanoTime();
        try (CorpusWriter writer = new CorpusWriter(index, config, 500)) {
            writer.mergeSegments();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Indexes the input; says how fast, by the clock and by the processor time the process used. */
    private String index(Path input, Path index, IndexConfig config, Pipeline pipeline, SentenceVectors vectors) throws IOException {
        Ingest ingest = new Ingest(options.ingestOptions());
        List<InputFile> files = ingest.discover(List.of(input.toString()), failure -> { throw new IllegalStateException(failure.toString()); });
        long start = System.nanoTime();
        long cpu = ProcessorTime.processNanos();
        Indexer.Outcome outcome;
        try (CorpusWriter writer = new CorpusWriter(index, config, 500)) {
            outcome = new Indexer(writer, pipeline, vectors, config, false, options.threads)
                    .run(files, new ResultFiles(ingest, config.layers(), Long.MAX_VALUE), new Indexer.Listener() {
                        @Override
                        public void indexed(String key) {}

                        @Override
                        public void failure(InputFailure failure) {
                            System.err.println("error: " + failure);
                        }
                    });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (ProcessorTime.processNanos() - cpu) / 1e9;
        return String.format(Locale.ROOT, "%.2f documents/s (%d in %.0f s); processor time %.3f s per document, so %.1f documents/s on %d busy cores",
                outcome.indexed() / seconds, outcome.indexed(), seconds, cpuSeconds / outcome.indexed(),
                Runtime.getRuntime().availableProcessors() * outcome.indexed() / cpuSeconds, Runtime.getRuntime().availableProcessors());
    }

    /** The analysed documents as 'analyze --format jsonl' writes them: the input of indexing from results. */
    private static void writeResults(Path index, IndexConfig config, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (Corpus corpus = Corpus.open(index, config); BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            corpus.forEach(new SearchRequest("", java.util.Map.of(), "", SearchRequest.Order.RELEVANCE, 0, 0), (key, doc) -> {
                writer.write(DocumentJson.toLine(doc));
                writer.newLine();
            });
        }
    }

    private void load(Path index, IndexConfig config, Pipeline pipeline, SentenceVectors vectors, PrintStream out) throws Exception {
        Limits limits = Limits.defaults();
        try (Corpus corpus = Corpus.open(index, config);
                Workbench workbench = new Workbench(corpus, index, config, pipeline, vectors,
                        new Limits(limits.maxBodyBytes(), limits.maxUploadBytes(), limits.analysisTime(),
                                Math.max(64, limits.concurrentSearches()), limits.concurrentAnalyses()))) {
            String base = "http://127.0.0.1:" + workbench.start("127.0.0.1", 0);
            List<String> keyword = new ArrayList<>();
            List<String> faceted = new ArrayList<>();
            List<String> semantic = new ArrayList<>();
            for (int i = 0; i < WORDS.size(); i++) {
                String q = "/api/search?q=" + encode(WORDS.get(i));
                keyword.add(q);
                faceted.add(q + "&f=" + encode("source:" + BenchCorpus.OUTLETS.get(i % BenchCorpus.OUTLETS.size()))
                        + "&f=" + encode("year:" + (2020 + i % 5)));
            }
            MEANINGS.forEach(m -> semantic.add("/api/search?like=" + encode(m)));
            out.printf(Locale.ROOT, "documents         %d%n", corpus.size());
            Predicate<String> server = thread -> thread.startsWith(Workbench.THREADS);
            LoadGenerator.run(base, concat(keyword, faceted, semantic), 4, Duration.ofSeconds(warmUp), server);
            out.printf(Locale.ROOT, "memory after warm-up: %s%n", memory());
            out.println("                                                       processor ms per request");
            out.println("queries    clients  requests/s  p50 ms  p99 ms  refused    all  server  clients  rest of JVM");
            for (int n : clients) {
                for (var kind : List.of(List.of("keyword", keyword), List.of("faceted", faceted), List.of("semantic", semantic))) {
                    @SuppressWarnings("unchecked")
                    List<String> paths = (List<String>) kind.get(1);
                    LoadGenerator.Result result = LoadGenerator.run(base, paths, n, Duration.ofSeconds(seconds), server);
                    ProcessorTime.Split spent = result.processor();
                    out.printf(Locale.ROOT, "%-10s %7d  %10.1f  %6.1f  %6.1f  %7d  %5.1f  %6.1f  %7.1f  %11.1f%n", kind.get(0), n,
                            result.perSecond(), result.percentileMillis(0.50), result.percentileMillis(0.99), result.failures(),
                            result.millisPerRequest(spent.process()), result.millisPerRequest(spent.server()),
                            result.millisPerRequest(spent.clients()), result.millisPerRequest(spent.rest()));
                }
                out.printf(Locale.ROOT, "memory after %d clients: %s%n", n, memory());
            }
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Heap in use after a full collection, the heap the JVM holds (part of the resident set), and the process's resident set. */
    private static String memory() {
        System.gc();
        java.lang.management.MemoryUsage usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long heap = usage.getUsed();
        String rss = "?";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 + " MB";
                }
            }
        } catch (IOException | RuntimeException e) {
            rss = "not available on this system";
        }
        return String.format(Locale.ROOT, "heap %d MB (%d MB held), resident %s", heap >> 20, usage.getCommitted() >> 20, rss);
    }

    private static long sizeOf(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

}
