package org.rhetorica.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.ingest.InputFile;
import org.rhetorica.pipeline.Batch;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rhetorica bench}: the full pipeline over a folder, from reading files to rendering JSON and
 * HTML (in memory, so that the disk does not blur the figures), with throughput, latency and memory.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the full pipeline on a folder: documents/s, characters/s, latency, memory, start-up.")
public final class BenchCommand implements Callable<Integer>, CliCommand {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to analyse.")
    List<String> inputs;

    @Option(names = "--warmup", paramLabel = "N", description = "Documents run first and not counted, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup = 20;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        Ingest ingest = new Ingest(options.ingestOptions());
        List<InputFailure> failures = new ArrayList<>();
        List<InputFile> files = ingest.discover(inputs, failures::add);
        try (Resources resources = options.resources()) {
            Pipeline pipeline = options.pipeline(resources);
            pipeline.annotate(Document.of("Models load on first use. This sentence makes them load.",
                    Metadata.of("start-up", new Origin("-", 0, 0, null))));
            double startup = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;

            Batch batch = new Batch(ingest, pipeline, options.threads);
            batch.run(files.subList(0, Math.min(warmup, files.size())), new Sink(new ArrayList<>(), failures));
            resetPeaks();
            List<Long> latencies = new ArrayList<>();
            Sink sink = new Sink(latencies, new ArrayList<>());
            long start = System.nanoTime();
            Batch.Outcome outcome = batch.run(files, sink);
            double seconds = (System.nanoTime() - start) / 1e9;

            latencies.sort(null);
            out.printf(Locale.ROOT, "annotators      %s%n", String.join(", ", pipeline.names()));
            out.printf(Locale.ROOT, "threads         %d%n", options.threads);
            out.printf(Locale.ROOT, "documents       %d (%d inputs failed)%n", outcome.documents(), failures.size());
            out.printf(Locale.ROOT, "characters      %d (%.0f per document)%n", sink.characters,
                    (double) sink.characters / Math.max(1, outcome.documents()));
            out.printf(Locale.ROOT, "wall time       %.2f s%n", seconds);
            out.printf(Locale.ROOT, "documents/s     %.2f%n", outcome.documents() / seconds);
            out.printf(Locale.ROOT, "characters/s    %.0f%n", sink.characters / seconds);
            out.printf(Locale.ROOT, "latency p50     %.1f ms%n", percentile(latencies, 0.50));
            out.printf(Locale.ROOT, "latency p95     %.1f ms%n", percentile(latencies, 0.95));
            out.printf(Locale.ROOT, "start-up        %.2f s (JVM start to models loaded)%n", startup);
            out.printf(Locale.ROOT, "peak heap       %d MB%n", peakHeapBytes() / (1024 * 1024));
            out.printf(Locale.ROOT, "peak RSS        %s%n", peakResidentMemory());
            out.println("seconds per annotator, summed over threads (warm-up included):");
            for (Map.Entry<String, Double> step : pipeline.secondsByAnnotator().entrySet()) {
                out.printf(Locale.ROOT, "  %-14s %8.2f%n", step.getKey(), step.getValue());
            }
        }
        return failures.isEmpty() ? 0 : 1;
    }

    /** Renders every result as the analyze command would, without writing it. */
    private static final class Sink implements Batch.Sink {
        final List<Long> latencies;
        final List<InputFailure> failures;
        long characters;
        long bytes;

        Sink(List<Long> latencies, List<InputFailure> failures) {
            this.latencies = latencies;
            this.failures = failures;
        }

        @Override
        public void document(Document doc, long nanos) {
            long start = System.nanoTime();
            int size = DocumentJson.toPrettyJson(doc).length() + HtmlReport.render(doc).length();
            latencies.add(nanos + System.nanoTime() - start);
            bytes += size;
            characters += doc.text().length();
        }

        @Override
        public void failure(InputFailure failure) {
            failures.add(failure);
        }
    }

    private static double percentile(List<Long> sortedNanos, double fraction) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(fraction * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The process's peak resident set (heap, native ONNX Runtime memory, code), where Linux tells it. */
    static String peakResidentMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return (kb / 1024) + " MB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: say so rather than guess.
        }
        return "not available on this system";
    }
}
