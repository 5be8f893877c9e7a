package org.rhetorica.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.rhetorica.io.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code rhetorica} command. Only {@link #main} exits; every command returns its exit code. */
@Command(name = "rhetorica", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Shows how a text argues: who says what, how it persuades, what it claims.",
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // DJL (tokenizer, training engine) may otherwise look online for native libraries it already has.
        System.setProperty("ai.djl.offline", "true");
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine root = new CommandLine(new Main());
        List<CliCommand> commands = new ArrayList<>();
        ServiceLoader.load(CliCommand.class).forEach(commands::add);
        for (CliCommand command : commands) {
            CommandLine parent = command.group().isEmpty() ? root : group(root, command.group());
            parent.addSubcommand(new CommandLine(command));
        }
        if (!root.getSubcommands().containsKey("train")) {
            root.getCommandSpec().usageMessage().footer("",
                    "Training and evaluation: rhetorica train|eval|predict TASK ... (these add the training module to the class path).");
        }
        // Set last: picocli applies these to the subcommands present at the time of the call.
        root.setCaseInsensitiveEnumValuesAllowed(true);
        root.setExecutionExceptionHandler(Main::reportFailure);
        root.setParameterExceptionHandler(Main::reportUsageError);
        return root;
    }

    /**
     * A file the user gave that cannot be read or is not what it should be is the user's to fix: one
     * line naming it, exit code 1. Anything else is a bug: the stack trace too. (Wrong settings are
     * {@link CommandLine.ParameterException}s, reported by {@link #reportUsageError}.)
     */
    private static int reportFailure(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof InvalidInputException || e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        e.printStackTrace(err);
        return 1;
    }

    /** A wrong option or setting: one line naming it and where to read more, exit code 2. */
    private static int reportUsageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("error: " + e.getMessage());
        err.println("(see: rhetorica " + e.getCommandLine().getCommandSpec().qualifiedName().replaceFirst("^rhetorica ?", "")
                + " --help)");
        return 2;
    }

    private static CommandLine group(CommandLine root, String name) {
        CommandLine existing = root.getSubcommands().get(name);
        if (existing == null) {
            existing = new CommandLine(new Group());
            existing.getCommandSpec().name(name);
            existing.getCommandSpec().usageMessage().description(name + " commands, one per task:");
            root.addSubcommand(name, existing);
        }
        return existing;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** A command that only holds subcommands; called alone, it shows them. */
    @Command(mixinStandardHelpOptions = true, synopsisSubcommandLabel = "TASK")
    static final class Group implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "name a task");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"rhetorica " + (version != null ? version : "development build")};
        }
    }
}
