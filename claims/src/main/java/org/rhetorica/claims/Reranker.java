package org.rhetorica.claims;

import java.util.List;
import org.rhetorica.models.Head;
import org.rhetorica.models.HeadGraph;
import org.rhetorica.models.Mlp;
import org.rhetorica.models.Provenance;

/**
 * The trained re-ranker of claim matches: the head {@value #NAME} reads a candidate's
 * {@link MatchFeatures} and gives the probability that the candidate is the claim the text makes.
 * Trained with plain cross-entropy, so its probabilities are calibrated as they come (training
 * reports the calibration error on held-out texts) and no calibration map flattens distinct scores
 * into ties, which TREC tools would break by id. Thread-safe.
 */
public final class Reranker implements AutoCloseable {
    public static final String NAME = "claims-matching";
    /** Provenance settings: the feature names the head reads, in order. */
    public static final String FEATURES = "features";

    private final Head head;

    public Reranker(Head head) {
        this.head = head;
        Object features = head.provenance().settings().get(FEATURES);
        if (!MatchFeatures.NAMES.equals(features)) {
            throw new IllegalStateException("model " + NAME + " reads features " + features + ", not " + MatchFeatures.NAMES
                    + "; retrain it");
        }
    }

    /** The names of the features a re-ranker reads, in order: what its provenance records. */
    public static List<String> featureNames() {
        return MatchFeatures.NAMES;
    }

    /** The head shipped in the repository. */
    public static Reranker load() {
        return new Reranker(Head.load(NAME, EncoderTextVectors.MATCHING));
    }

    public String sha256() {
        return head.sha256();
    }

    public Provenance provenance() {
        return head.provenance();
    }

    /** Probabilities for {@code n} rows of features, row-major. */
    public double[] scores(float[] rows, int n) {
        return scores(head, rows, n);
    }

    /** A head's probabilities for {@code n} rows of features: for training one. */
    public static double[] scores(Head head, float[] rows, int n) {
        double[] scores = new double[n];
        if (n == 0) {
            return scores;
        }
        float[] output = head.run(rows, n, MatchFeatures.SIZE);
        for (int i = 0; i < n; i++) {
            scores[i] = output[i * 2 + 1];
        }
        return scores;
    }

    /** The ONNX head of a trained two-class network: feature rows in, class probabilities out. */
    public static byte[] export(Mlp network, Provenance provenance) {
        return network.exportClassifier(NAME, provenance);
    }

    /**
     * The ONNX head of a ranking network (one score per row) whose score a second, two-class network
     * of one input turns into probabilities (Platt scaling): feature rows in, class probabilities out.
     */
    public static byte[] export(Mlp ranker, Mlp scaling, Provenance provenance) {
        HeadGraph graph = new HeadGraph(NAME);
        String input = graph.input("input", -1, ranker.inputs());
        String logits = scaling.addTo(graph, ranker.addTo(graph, input));
        return graph.build(graph.node("Softmax", List.of(logits), HeadGraph.attribute("axis", 1L)), provenance, -1, 2);
    }

    @Override
    public void close() {
        head.close();
    }
}
