package org.rhetorica.analysis.claims;

import java.util.List;
import java.util.Map;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Spanned;
import org.rhetorica.models.Calibration;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.Head;
import org.rhetorica.models.Mlp;
import org.rhetorica.models.Provenance;

/**
 * Whether a sentence makes a check-worthy factual claim: a multilayer perceptron over
 * {@link SentenceFeatures}, exported as the ONNX head {@value #NAME}, with the calibration and the
 * threshold chosen in training kept in its provenance. Thread-safe.
 */
public final class CheckWorthiness implements AutoCloseable {
    public static final String NAME = "claims-checkworthy";
    private static final int BATCH = 256;

    private final Head head;
    private final Calibration calibration;
    private final double threshold;

    public CheckWorthiness(Head head, Calibration calibration, double threshold) {
        this.head = head;
        this.calibration = calibration;
        this.threshold = threshold;
    }

    /** The head shipped in the repository, for vectors of {@code encoder}. */
    public static CheckWorthiness load(EncoderSpec encoder) {
        Head head = Head.load(NAME, encoder);
        Map<String, Object> settings = head.provenance().settings();
        if (!(settings.get("threshold") instanceof Number threshold)) {
            head.close();
            throw new IllegalStateException("model " + NAME + " has no threshold; retrain it");
        }
        return new CheckWorthiness(head, Calibration.fromSettings(settings, NAME), threshold.doubleValue());
    }

    /** The calibrated probability that each sentence is check-worthy, in order. */
    public double[] scores(Document doc, List<? extends Spanned> sentences) {
        float[] output = head.runRows(sentences.size(), i -> SentenceFeatures.of(doc, sentences.get(i)), 2, BATCH);
        double[] scores = new double[sentences.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = calibration.apply(output[i * 2 + 1]);
        }
        return scores;
    }

    /** The calibrated score from which a sentence counts as check-worthy. */
    public double threshold() {
        return threshold;
    }

    public String name() {
        return head.name();
    }

    public String sha256() {
        return head.sha256();
    }

    /** The ONNX head for a trained network: features in, probabilities of "not" and "check-worthy" out. */
    public static byte[] export(Mlp network, Provenance provenance) {
        return network.exportClassifier(NAME, provenance);
    }

    @Override
    public void close() {
        head.close();
    }
}
