package org.rhetorica.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rhetorica.index.Corpus;
import org.rhetorica.index.CorpusWriter;
import org.rhetorica.index.Corrections;
import org.rhetorica.index.Gold;
import org.rhetorica.index.GoldImport;
import org.rhetorica.index.IndexConfig;
import org.rhetorica.index.SearchRequest;
import org.rhetorica.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rhetorica correction export|import|gold}: the correction round trip through Label Studio, brat or INCEpTION. */
final class CorrectionCommands {
    private CorrectionCommands() {}

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes documents of an index for correction, the model's labels as suggestions: Label Studio's JSON",
                    "tasks with predictions (and its labelling configuration beside them, .xml), or a zip of brat standoff",
                    "files for brat and INCEpTION."})
    public static final class Export implements Callable<Integer>, CliCommand {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;


        @picocli.CommandLine.Mixin
        IndexFolder folder;

        @Option(names = "--tool", required = true, paramLabel = "TOOL", description = "label-studio or brat.")
        String tool;

        @Option(names = "--query", paramLabel = "Q", description = "Only the documents matching this query (as in 'search').")
        String query = "";

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to write the tasks (.json) or the zip.")
        Path out;

        @Override
        public String group() {
            return "correction";
        }

        @Override
        public Integer call() throws Exception {
            Corrections.Tool chosen = Workbenches.asUsage(spec, () -> Corrections.Tool.parse(tool));
            try (Corpus corpus = Corpus.open(folder.index, IndexConfig.standard())) {
                Corrections corrections = new Corrections(corpus);
                SearchRequest search = SearchRequest.of(query);
                Workbenches.asUsage(spec, () -> org.rhetorica.index.Queries.check(query, IndexConfig.standard()));
                int[] count = new int[1];
                AtomicFiles.writeBytes(out, stream -> count[0] = chosen == Corrections.Tool.LABEL_STUDIO
                        ? corrections.labelStudio(search, stream) : corrections.brat(search, stream));
                if (chosen == Corrections.Tool.LABEL_STUDIO) {
                    Path config = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.json$", "") + ".xml");
                    AtomicFiles.write(config, Corrections.labelStudioConfig());
                    System.err.println("labelling configuration for the project: " + config);
                }
                System.err.printf(Locale.ROOT, "%d documents written to %s%n", count[0], out);
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Reads corrected labels (Label Studio's JSON export, or a zip of brat standoff files) into the index as gold.")
    public static final class Import implements Callable<Integer>, CliCommand {
        @Parameters(paramLabel = "FILE", description = "Label Studio's JSON export, or a zip of the corrected brat files.")
        Path file;

        @picocli.CommandLine.Mixin
        IndexFolder folder;

        @Override
        public String group() {
            return "correction";
        }

        @Override
        public Integer call() throws Exception {
            IndexConfig config = IndexConfig.standard();
            List<Gold> gold;
            try (Corpus corpus = Corpus.open(folder.index, config)) {
                gold = new GoldImport(corpus).read(Files.readAllBytes(file));
            } catch (IllegalArgumentException e) {
                throw new org.rhetorica.io.InvalidInputException(file + ": " + e.getMessage(), e);
            }
            try (CorpusWriter writer = new CorpusWriter(folder.index, config, Integer.MAX_VALUE)) {
                for (Gold labels : gold) {
                    writer.putGold(labels);
                }
            }
            System.err.printf(Locale.ROOT, "gold labels of %d documents imported: %d technique spans, %d quotes%n", gold.size(),
                    gold.stream().mapToInt(g -> g.techniques().size()).sum(), gold.stream().mapToInt(g -> g.quotes().size()).sum());
            return 0;
        }
    }

    @Command(name = "gold", mixinStandardHelpOptions = true,
            description = {"Writes the imported gold labels as a zip of SemEval-2020 Task 11 files (articles/, labels-tc/),",
                    "for 'rhetorica eval techniques --articles DIR/articles --gold DIR/labels-tc' once unzipped into DIR."})
    public static final class GoldFiles implements Callable<Integer>, CliCommand {
        @picocli.CommandLine.Mixin
        IndexFolder folder;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The zip to write.")
        Path out;

        @Override
        public String group() {
            return "correction";
        }

        @Override
        public Integer call() throws Exception {
            try (Corpus corpus = Corpus.open(folder.index, IndexConfig.standard())) {
                int[] count = new int[1];
                AtomicFiles.writeBytes(out, stream -> count[0] = new Corrections(corpus).goldTaskFiles(stream));
                System.err.printf(Locale.ROOT, "gold labels of %d documents written to %s%n", count[0], out);
            }
            return 0;
        }
    }
}
