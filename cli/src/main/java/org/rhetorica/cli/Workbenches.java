package org.rhetorica.cli;

import org.rhetorica.index.EncoderSentenceVectors;
import org.rhetorica.index.SentenceVectors;
import org.rhetorica.models.Encoding;
import org.rhetorica.pipeline.Resources;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the corpus commands share. */
final class Workbenches {
    private Workbenches() {}

    /** Work whose IllegalArgumentException is a wrong setting of the user's (a query that does not parse, an unknown format). */
    interface Work<T> {
        T run() throws Exception;
    }

    /** Runs {@code work}, turning a wrong setting into a usage error: one line, exit code 2. */
    static <T> T asUsage(CommandSpec spec, Work<T> work) throws Exception {
        try {
            return work.run();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** Removes a folder the command made (a demo index, a benchmark's work), with everything in it. */
    static void deleteTree(java.nio.file.Path folder) throws java.io.IOException {
        if (!java.nio.file.Files.exists(folder)) {
            return;
        }
        try (var files = java.nio.file.Files.walk(folder)) {
            for (java.nio.file.Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(file);
            }
        }
    }

    /** The sentence vectors of the pipeline's own encoder, loaded once with it. */
    static SentenceVectors vectors(Resources resources) {
        return new EncoderSentenceVectors(Encoding.sharedEncoder(resources));
    }
}
