package org.rhetorica.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rhetorica.claims.ClusterIndex;
import org.rhetorica.claims.EncoderTextVectors;
import org.rhetorica.claims.SameClaim;
import org.rhetorica.io.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rhetorica claims similar --index DIR "TEXT"}: where a claim, or one like it, was made before. */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = {"Finds the claims of an index most like TEXT (by their vectors), with where and when each was made,",
                "its cluster, and the probability that it is the same claim (from the same-claim check)."})
public final class ClaimSimilarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The corpus index.")
    Path index;

    @Parameters(index = "0", paramLabel = "TEXT", description = "A claim, in a sentence or two.")
    String text;

    @Option(names = "--top", paramLabel = "K", description = "How many claims (default: ${DEFAULT-VALUE}).")
    int top = 10;

    @Override
    public Integer call() throws IOException {
        if (top < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, not " + top);
        }
        if (text.isBlank()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "TEXT is empty");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ClusterIndex clusters = ClaimsCommand.open(index);
                EncoderTextVectors vectors = EncoderTextVectors.matching(Runtime.getRuntime().availableProcessors());
                SameClaim same = SameClaim.load()) {
            if (clusters.vectorsId() != null && !clusters.vectorsId().equals(vectors.id())) {
                throw new InvalidInputException(index + ": its claims were embedded with " + clusters.vectorsId()
                        + ", which this version of rhetorica does not make; index the corpus again");
            }
            List<ClusterIndex.Similar> found = clusters.similar(text, vectors.embed(List.of(text))[0], top, same);
            out.printf(Locale.ROOT, "%-6s %-6s %-13s %-10s %-20s %-20s %s%n", "cosine", "same", "cluster", "date", "source",
                    "speaker", "claim (document)");
            for (ClusterIndex.Similar similar : found) {
                ClusterIndex.Member m = similar.member();
                out.printf(Locale.ROOT, "%.3f  %.3f  %-13s %-10s %-20s %-20s %s (%s)%n", similar.cosine(), similar.sameProbability(),
                        m.cluster(), ClaimsCommand.day(m.date()), ClaimsCommand.shorten(ClaimsCommand.orEmpty(m.source()), 20),
                        ClaimsCommand.shorten(ClaimsCommand.orEmpty(m.speaker()), 20), ClaimsCommand.shorten(m.text(), 90), m.doc());
            }
            if (found.isEmpty()) {
                out.println("(the index holds no claims)");
            }
        }
        out.flush();
        return 0;
    }
}
