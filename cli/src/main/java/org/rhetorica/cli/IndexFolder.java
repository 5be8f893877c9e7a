package org.rhetorica.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option of the commands that read an index. */
final class IndexFolder {
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder (made by 'rhetorica index').")
    Path index;
}
