package org.rhetorica.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.rhetorica.analysis.techniques.Technique;
import picocli.CommandLine.Command;

/** {@code rhetorica techniques explain}: the 14 techniques with their definitions and made-up examples. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Describes the 14 persuasion techniques, each with a made-up example.")
public final class ExplainCommand implements Callable<Integer>, CliCommand {
    @Override
    public String group() {
        return "techniques";
    }

    @Override
    public Integer call() {
        for (Technique technique : Technique.values()) {
            System.out.printf(Locale.ROOT, "%s (%s)%n  %s%n  Example: \"%s\"%n%n", technique.title(), technique.label(),
                    technique.definition(), technique.example());
        }
        return 0;
    }
}
