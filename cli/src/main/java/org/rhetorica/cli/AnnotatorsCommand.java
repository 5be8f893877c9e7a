package org.rhetorica.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.rhetorica.doc.DataKey;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rhetorica annotators}: the names {@code --skip} takes, in running order, with what each needs and adds. */
@Command(name = "annotators", mixinStandardHelpOptions = true,
        description = "Lists the annotators in the order they run, with what each requires and produces.")
public final class AnnotatorsCommand implements Callable<Integer>, CliCommand {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Resources resources = Resources.defaults()) {
            Pipeline pipeline = Pipeline.standard(resources, Set.of());
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
