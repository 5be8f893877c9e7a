package org.rhetorica.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rhetorica.index.Corpus;
import org.rhetorica.index.Export;
import org.rhetorica.index.IndexConfig;
import org.rhetorica.index.SearchRequest;
import org.rhetorica.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rhetorica export}: documents or spans of an index as a table. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the documents of an index (those matching --query, or all) as a table: one row per document,",
                "or one row per span of a layer with document, source, date, offsets (code points), text, speaker,",
                "label with its readable name, and score."})
public final class ExportCommand implements Callable<Integer>, CliCommand {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    IndexFolder folder;

    @Option(names = "--query", paramLabel = "Q", description = "Only the documents matching this query (as in 'search').")
    String query = "";

    @Option(names = "--layer", paramLabel = "LAYER",
            description = "documents (the default), or a layer: techniques, quotes, entities, claims, posts, turns.")
    String layer = Export.DOCUMENTS;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (the default), jsonl or parquet.")
    String format = "csv";

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here (whole or not at all); standard output if not given.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintStream log = System.err;
        Export.Format chosen = Workbenches.asUsage(spec, () -> Export.Format.parse(format));
        if (chosen == Export.Format.PARQUET && out == null) {
            log.println("error: Parquet is binary: give --out FILE");
            return 2;
        }
        try (Corpus corpus = Corpus.open(folder.index, IndexConfig.standard())) {
            Export export = new Export(corpus);
            if (!export.layers().contains(layer)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--layer: no layer " + layer + "; choose "
                        + String.join(", ", export.layers()));
            }
            Workbenches.asUsage(spec, () -> org.rhetorica.index.Queries.check(query, IndexConfig.standard()));
            SearchRequest search = new SearchRequest(query, Map.of(), "", SearchRequest.Order.RELEVANCE, 0, 0);
            long[] rows = new long[1];
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(System.out);
                rows[0] = export.write(search, layer, chosen, stdout);
                stdout.flush();
            } else {
                AtomicFiles.writeBytes(out, stream -> rows[0] = export.write(search, layer, chosen, stream));
            }
            log.printf(Locale.ROOT, "%d rows%s%n", rows[0], out != null ? " written to " + out : "");
        }
        return 0;
    }
}
