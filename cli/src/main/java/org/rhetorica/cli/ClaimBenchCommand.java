package org.rhetorica.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rhetorica.claims.ClusterBenchmark;
import org.rhetorica.claims.SameClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rhetorica claims bench}: what adding a document costs the claim clusters at growing corpus sizes. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Adds synthetic documents (claims in paraphrase families spread over documents, with vectors made",
                "up around each family's) to empty claim clusters and prints the mean time per added document over the",
                "documents just before each size, with the heap then. Measures the cluster store (nearest-neighbour",
                "search, same-claim check, Lucene add); the encoder's cost per claim is the same at any size."})
public final class ClaimBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Corpus sizes in documents (default: 1000,10000,100000).")
    int[] sizes = {1000, 10000, 100000};

    @Option(names = "--claims-per-document", paramLabel = "N", description = "Claims in each document (default: ${DEFAULT-VALUE}).")
    int claimsPerDocument = 3;

    @Option(names = "--window", paramLabel = "N", description = "Documents timed before each size (default: ${DEFAULT-VALUE}).")
    int window = 1000;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to build the clusters (default: a temporary folder, removed after).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        int[] sorted = sizes.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0 || sorted[0] < 1 || claimsPerDocument < 1 || window < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "sizes, claims per document and window must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = dir != null ? dir : Files.createTempDirectory("rhetorica-claims-bench");
        try (SameClaim same = SameClaim.load()) {
            out.printf(Locale.ROOT, "%10s %10s %14s %10s%n", "documents", "claims", "ms/document", "heap MB");
            out.flush();
            ClusterBenchmark.run(folder, same, 384, sorted, claimsPerDocument, window, 20261130L, m -> {
                out.printf(Locale.ROOT, "%10d %10d %14.3f %10d%n", m.documents(), m.claims(), m.millisPerDocument(),
                        m.heapBytes() / (1024 * 1024));
                out.flush();
            });
        } finally {
            if (dir == null) {
                deleteTree(folder);
            }
        }
        return 0;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
