package org.rhetorica.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rhetorica annotators}: the names {@code --skip} takes, in running order, with what each needs and adds. */
@Command(name = "annotators", mixinStandardHelpOptions = true,
        description = {"Lists the annotators in the order they run, with what each requires and produces.",
                "With --spec, prints the pipeline's spec instead: the JSON that every result records as 'pipeline',",
                "from which a server or a worker rebuilds the same pipeline (Pipeline.fromSpec)."})
public final class AnnotatorsCommand implements Callable<Integer>, CliCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--spec", description = "Print the pipeline spec as JSON.")
    boolean printSpec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Resources resources = Resources.defaults()) {
            Pipeline pipeline = Pipeline.standard(resources, Set.of());
            if (printSpec) {
                out.println(DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(pipeline.spec()));
                out.flush();
                return 0;
            }
            out.printf(Locale.ROOT, "%-12s %-40s %s%n", "annotator", "produces", "requires");
            pipeline.annotators().forEach((name, annotator) -> out.printf(Locale.ROOT, "%-12s %-40s %s%n",
                    name, names(annotator.produces()), names(annotator.requires())));
        }
        out.flush();
        return 0;
    }

    private static String names(Collection<? extends DataKey> keys) {
        return keys.isEmpty() ? "-" : keys.stream().map(DataKey::name).sorted().collect(Collectors.joining(", "));
    }
}
