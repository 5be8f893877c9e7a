package org.rhetorica.claims;

import java.util.List;
import java.util.Map;
import org.rhetorica.models.Head;
import org.rhetorica.models.Mlp;
import org.rhetorica.models.Provenance;

/**
 * Whether two claims are the same claim (one restates the other) rather than two claims on one topic:
 * the head {@value #NAME} reads their {@link PairFeatures} and gives a probability; they are the same
 * claim from {@link #threshold()} up, a threshold chosen in training and replaceable
 * ({@link #withThreshold}) to trade precision for recall. What keeps claim clusters tight. Thread-safe.
 */
public final class SameClaim implements AutoCloseable {
    public static final String NAME = "claims-same";
    /** Provenance settings: the probability from which two claims count as the same. */
    public static final String THRESHOLD = "threshold";
    /** Provenance settings: the feature names the head reads, in order. */
    public static final String FEATURES = "features";

    private final Head head;
    private final double threshold;
    private final boolean owner;

    private SameClaim(Head head, double threshold, boolean owner) {
        this.head = head;
        this.threshold = threshold;
        this.owner = owner;
    }

    public SameClaim(Head head) {
        this(head, threshold(head), true);
    }

    /** The head shipped in the repository. */
    public static SameClaim load() {
        return new SameClaim(Head.load(NAME, EncoderTextVectors.MATCHING));
    }

    /** The same head deciding at another threshold; closing it leaves the head open. */
    public SameClaim withThreshold(double newThreshold) {
        if (!(newThreshold >= 0 && newThreshold <= 1)) {
            throw new IllegalArgumentException("a same-claim threshold is a probability, not " + newThreshold);
        }
        return new SameClaim(head, newThreshold, false);
    }

    public double threshold() {
        return threshold;
    }

    public String sha256() {
        return head.sha256();
    }

    /** The probability that two claims are the same, given their texts and unit vectors. */
    public double probability(String a, float[] aVector, String b, float[] bVector) {
        return probability(PairFeatures.Side.of(a, aVector), PairFeatures.Side.of(b, bVector));
    }

    double probability(PairFeatures.Side a, PairFeatures.Side b) {
        return probabilities(List.of(PairFeatures.of(a, b)))[0];
    }

    /** Probabilities for rows of {@link PairFeatures}. */
    double[] probabilities(List<float[]> rows) {
        return probabilities(head, rows);
    }

    /** Whether two claims count as the same at this threshold. */
    public boolean same(String a, float[] aVector, String b, float[] bVector) {
        return probability(a, aVector, b, bVector) >= threshold;
    }

    /** The features of a pair of claims, for training a head. */
    public static float[] features(String a, float[] aVector, String b, float[] bVector) {
        return PairFeatures.of(PairFeatures.Side.of(a, aVector), PairFeatures.Side.of(b, bVector));
    }

    public static List<String> featureNames() {
        return PairFeatures.NAMES;
    }

    /** A head's probabilities for rows of features: for choosing a threshold. */
    public static double[] probabilities(Head head, List<float[]> rows) {
        float[] input = new float[rows.size() * PairFeatures.SIZE];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, input, i * PairFeatures.SIZE, PairFeatures.SIZE);
        }
        double[] probabilities = new double[rows.size()];
        if (rows.isEmpty()) {
            return probabilities;
        }
        float[] output = head.run(input, rows.size(), PairFeatures.SIZE);
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = output[i * 2 + 1];
        }
        return probabilities;
    }

    /** The ONNX head of a trained two-class network: pair features in, class probabilities out. */
    public static byte[] export(Mlp network, Provenance provenance) {
        return network.exportClassifier(NAME, provenance);
    }

    private static double threshold(Head head) {
        Map<String, Object> settings = head.provenance().settings();
        if (!PairFeatures.NAMES.equals(settings.get(FEATURES))) {
            throw new IllegalStateException("model " + NAME + " reads features " + settings.get(FEATURES) + ", not "
                    + PairFeatures.NAMES + "; retrain it");
        }
        if (!(settings.get(THRESHOLD) instanceof Number number)) {
            throw new IllegalStateException("model " + NAME + " records no threshold; retrain it");
        }
        return number.doubleValue();
    }

    @Override
    public void close() {
        if (owner) {
            head.close();
        }
    }
}
