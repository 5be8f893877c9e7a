package org.rhetorica.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.ingest.ByteSize;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.InputFile;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rhetorica bench-long}: one long document through the whole pipeline, at several sizes, to
 * show that time and memory grow in proportion to the text. Each text is made of the inputs' texts,
 * one after another, repeated until the size is reached; it is analysed and rendered as JSON and
 * HTML. Prints characters per second and the peak heap and resident memory of each size.
 */
@Command(name = "bench-long", mixinStandardHelpOptions = true,
        description = "Measures the pipeline on one long document at several sizes: characters/s, peak heap, peak RSS.")
public final class LongTextBenchCommand implements Callable<Integer>, CliCommand {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders whose texts make the long documents.")
    List<String> inputs;

    @Option(names = "--sizes", split = ",", paramLabel = "SIZE", description = "Text sizes in characters (default: 50k,500k,5M).")
    List<String> sizes = List.of("50k", "500k", "5M");

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Ingest ingest = new Ingest(options.ingestOptions());
        List<String> texts = new ArrayList<>();
        for (InputFile file : ingest.discover(inputs, failure -> {})) {
            ingest.read(file, doc -> texts.add(doc.text()), failure -> {});
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no text in " + String.join(", ", inputs));
        }
        try (Resources resources = options.resources()) {
            Pipeline pipeline = options.pipeline(resources);
            pipeline.annotate(document(texts, 20_000));
            out.printf(Locale.ROOT, "%-10s %10s %12s %14s %14s%n", "size", "seconds", "characters/s", "peak heap MB", "peak RSS");
            for (String size : sizes) {
                int chars = (int) Math.min(Integer.MAX_VALUE - 16, ByteSize.parse(size));
                Document doc = document(texts, chars);
                System.gc();
                BenchCommand.resetPeaks();
                long start = System.nanoTime();
                Document done = pipeline.annotate(doc, (name, index) -> System.err.printf(Locale.ROOT,
                        "  %s: %s (%.0f s)%n", size, name, (System.nanoTime() - start) / 1e9)).withoutAttachments();
                int rendered = DocumentJson.toPrettyJson(done).length() + HtmlReport.render(done).length();
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf(Locale.ROOT, "%-10s %10.1f %12.0f %14d %14s%n", size + " (" + doc.text().length() + ")", seconds,
                        doc.text().length() / seconds, BenchCommand.peakHeapBytes() / (1024 * 1024), BenchCommand.peakResidentMemory());
                if (rendered == 0) {
                    throw new IllegalStateException("nothing rendered");
                }
            }
            out.printf(Locale.ROOT, "max heap %d MB; peak RSS is the process's since start%n",
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024 * 1024));
        }
        return 0;
    }

    /** The texts, one after another as paragraphs, repeated to {@code chars} characters. */
    private static Document document(List<String> texts, int chars) {
        StringBuilder text = new StringBuilder(chars + 16);
        for (int i = 0; text.length() < chars; i = (i + 1) % texts.size()) {
            text.append(texts.get(i), 0, Math.min(texts.get(i).length(), chars - text.length())).append("\n\n");
        }
        String whole = text.toString().strip();
        return Document.of(whole, Metadata.of("long-" + chars, new Origin("bench", 0, whole.codePointCount(0, whole.length()), null)));
    }
}
