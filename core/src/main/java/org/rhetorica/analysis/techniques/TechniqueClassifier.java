package org.rhetorica.analysis.techniques;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Spanned;
import org.rhetorica.models.Head;
import org.rhetorica.models.Mlp;
import org.rhetorica.models.Provenance;

/**
 * Technique classification: which of the 14 techniques a given span uses. A multilayer perceptron
 * over {@link SpanFeatures}, exported as the ONNX head {@value #NAME}. Thread-safe.
 */
public final class TechniqueClassifier {
    public static final String NAME = "techniques-classes";
    private static final Technique[] TECHNIQUES = Technique.values();
    static final int BATCH_SPANS = 256;

    private final Head head;

    public TechniqueClassifier(Head head) {
        this.head = head;
    }

    /**
     * Probabilities of each technique (in {@link Technique} order), one row per span. Spans go to the
     * head {@value #BATCH_SPANS} at a time, so that memory stays flat for a text with thousands.
     */
    public float[][] probabilities(Document doc, List<? extends Spanned> spans) {
        String lowerText = doc.text().toLowerCase(Locale.ROOT);
        int classes = TECHNIQUES.length;
        float[] output = head.runRows(spans.size(), i -> SpanFeatures.of(doc, lowerText, spans.get(i)), classes, BATCH_SPANS);
        float[][] rows = new float[spans.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Arrays.copyOfRange(output, i * classes, (i + 1) * classes);
        }
        return rows;
    }

    /** The ONNX head for a trained network: features in, technique probabilities out. */
    public static byte[] export(Mlp network, Provenance provenance) {
        return network.exportClassifier(NAME, provenance);
    }

    public static Technique technique(int index) {
        return TECHNIQUES[index];
    }
}
