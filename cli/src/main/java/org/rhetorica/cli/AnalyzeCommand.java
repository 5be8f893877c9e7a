package org.rhetorica.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.rhetorica.analysis.entities.Aliases;
import org.rhetorica.analysis.entities.CanonicalNames;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.doc.LayerRegistry;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.ingest.InputFile;
import org.rhetorica.pipeline.Batch;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.report.ResultWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rhetorica analyze}: documents in, JSON results and HTML reports out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyzes documents: plain text, HTML, JSON Lines and WARC files, folders of them, or - for standard input.",
                "Writes <id>.json and <id>.html per document and index.html for the corpus into --out,",
                "resuming an earlier run there: documents whose results are complete (same text, same pipeline) are not analysed again;",
                "or, with --format jsonl, one JSON object per document to standard output.",
                "Exit code 0: every input was read; 1: some inputs failed (reported, the rest done); 2: usage error."})
public final class AnalyzeCommand implements Callable<Integer>, CliCommand {
    enum Format { json, jsonl }

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders (walked recursively) or - for standard input.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Folder for the results (required unless --format jsonl).")
    Path out;

    @Option(names = "--format", description = "json (files in --out, the default) or jsonl (standard output).")
    Format format = Format.json;

    @Option(names = "--aliases", paramLabel = "CSV", description = {"Names to merge or keep apart: lines alias,canonical"
            + " (a name as its own alias is never merged with another). Every document's names and speakers take them; the",
            "corpus page also gives one name to the forms of a name across documents (Sanders, Bernie Sanders)."})
    Path aliasFile;

    @Mixin
    PipelineOptions options;

    @Mixin
    KnownClaimsOption knownClaims;

    @Override
    public Integer call() throws Exception {
        PrintStream log = System.err;
        if (format == Format.json && out == null) {
            log.println("error: give --out DIR, or --format jsonl to write to standard output");
            return 2;
        }
        Aliases aliases = aliasFile == null ? Aliases.none() : Aliases.read(aliasFile);
        CanonicalNames aliased = CanonicalNames.of(aliases);
        Ingest ingest = new Ingest(options.ingestOptions());
        List<InputFailure> failures = new ArrayList<>();
        List<InputFile> files = ingest.discover(inputs, failure -> {
            failures.add(failure);
            log.println("error: " + failure);
        });
        try (Resources resources = options.resources(); KnownClaimsOption.Matching matching = knownClaims.open(log)) {
            Pipeline pipeline = options.pipeline(resources);
            UnaryOperator<org.rhetorica.doc.Document> analyse = Batch.analysing(pipeline, line -> {
                synchronized (log) {
                    log.println(line);
                }
            });
            ResultWriter writer = format == Format.json ? new ResultWriter(out, aliases) : null;
            LayerRegistry layers = Pipeline.writtenLayers();
            BufferedWriter stdout = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            Batch.Outcome outcome;
            try (Progress progress = Progress.start(files.size(), log)) {
                outcome = new Batch(ingest::read, matching == null ? analyse : matching.after(analyse), doc -> writer == null || !writer.complete(doc, pipeline.spec(), layers), options.threads, options.timeLimit()).run(files, new Batch.Sink() {
                    @Override
                    public void skipped(org.rhetorica.doc.Document read) {
                        writer.keep(read);
                        progress.document();
                    }

                    @Override
                    public void document(org.rhetorica.doc.Document doc, long nanos) throws Exception {
                        if (writer != null) {
                            writer.write(doc);
                        } else {
                            stdout.write(DocumentJson.toLine(aliased.apply(doc)));
                            stdout.newLine();
                        }
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
                });
            }
            stdout.flush();
            if (writer != null) {
                failures.forEach(writer::failed);
                writer.finish();
            }
            log.printf(Locale.ROOT, "%d documents from %d files%s%s; %d inputs failed%n", outcome.documents(),
                    outcome.files(), writer != null ? " written to " + out : "",
                    writer != null && writer.resumed() > 0 ? " (" + writer.resumed() + " complete from an earlier run, not analysed again)" : "",
                    failures.size());
        }
        return failures.isEmpty() ? 0 : 1;
    }
}
