package org.rhetorica.cli;

/**
 * A picocli command that joins the command line by itself: implementations are listed in
 * {@code META-INF/services/org.rhetorica.cli.CliCommand} beside the stage they belong to, and
 * {@link Main} attaches each under its group.
 */
public interface CliCommand {
    /** The group the command belongs under ({@code "eval"}, {@code "train"}, ...), or "" for the top level. */
    default String group() {
        return "";
    }
}
