package org.rhetorica.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Measures what adding a document costs the claim clusters as the corpus grows: synthetic documents
 * ({@link SyntheticClaims}, each claim family spread over several documents) are added one by one,
 * and the mean time per document is taken over the {@code window} documents before each size given.
 */
public final class ClusterBenchmark {
    /** The cost of adding documents around one corpus size. */
    public record Measurement(int documents, int claims, int window, double millisPerDocument, long heapBytes) {}

    private ClusterBenchmark() {}

    /**
     * @param folder an empty folder for the clusters
     * @param sizes corpus sizes in documents, ascending
     */
    public static List<Measurement> run(Path folder, SameClaim same, int dim, int[] sizes, int claimsPerDocument, int window,
            long seed, Consumer<Measurement> progress) throws IOException {
        SyntheticClaims synthetic = new SyntheticClaims(seed, dim);
        Random random = new Random(seed + 1);
        Deque<SyntheticClaims.Synthetic> pending = new ArrayDeque<>();
        List<Measurement> measurements = new ArrayList<>();
        int claims = 0;
        try (ClaimClusters clusters = new ClaimClusters(folder, "synthetic/" + dim, same)) {
            long windowStarted = System.nanoTime();
            int next = 0;
            for (int doc = 1; doc <= sizes[sizes.length - 1]; doc++) {
                if (doc == sizes[next] - window + 1 || (doc == 1 && sizes[next] <= window)) {
                    windowStarted = System.nanoTime();
                }
                for (int c = 0; c < claimsPerDocument; c++) {
                    if (pending.isEmpty() || random.nextInt(3) == 0) {
                        // A new family: its wordings appear in the next documents, mixed with other families.
                        List<SyntheticClaims.Synthetic> family = synthetic.family(1 + random.nextInt(5));
                        family.forEach(random.nextBoolean() ? pending::addLast : pending::addFirst);
                    }
                    SyntheticClaims.Synthetic claim = pending.pollFirst();
                    clusters.add(new ClaimClusters.Claim("d" + doc + "#" + c, "d" + doc, claim.text(), claim.vector(), null,
                            "source-" + random.nextInt(40), null, 0.9));
                    claims++;
                }
                if (doc == sizes[next]) {
                    int measured = Math.min(window, doc);
                    Runtime runtime = Runtime.getRuntime();
                    Measurement measurement = new Measurement(doc, claims, measured,
                            (System.nanoTime() - windowStarted) / 1e6 / measured, runtime.totalMemory() - runtime.freeMemory());
                    measurements.add(measurement);
                    progress.accept(measurement);
                    next++;
                }
            }
        }
        return measurements;
    }
}
