package org.rhetorica.analysis.techniques;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.models.Calibration;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.Head;

/**
 * The two trained heads that make the techniques layer, with the span threshold and the score
 * calibration chosen in training (kept in the heads' provenance). Thread-safe.
 */
public final class TechniqueModel implements AutoCloseable {
    private final SpanFinder finder;
    private final TechniqueClassifier classifier;
    private final Calibration calibration;
    private final Head spans;
    private final Head classes;

    TechniqueModel(Head spans, Head classes) {
        this.spans = spans;
        this.classes = classes;
        Map<String, Object> settings = spans.provenance().settings();
        this.finder = new SpanFinder(spans, new SpanFinder.Thresholds(((Number) settings.get("lowThreshold")).doubleValue(),
                ((Number) settings.get("highThreshold")).doubleValue()));
        this.classifier = new TechniqueClassifier(classes);
        this.calibration = Calibration.fromSettings(classes.provenance().settings(), TechniqueClassifier.NAME);
    }

    /** The heads shipped in the repository, for vectors of {@code encoder}. */
    public static TechniqueModel load(EncoderSpec encoder) {
        return new TechniqueModel(Head.load(SpanFinder.NAME, encoder), Head.load(TechniqueClassifier.NAME, encoder));
    }

    /** The two heads' names and SHA-256 digests. */
    public Map<String, String> models() {
        return Map.of(spans.name(), spans.sha256(), classes.name(), classes.sha256());
    }

    /** A technique found in a document, before speakers are known. */
    record Labelled(Span span, Technique technique, double score) {}

    /** Spans that use a technique, with the likeliest technique and a calibrated score. */
    List<Labelled> find(Document doc) {
        List<SpanFinder.Found> found = finder.find(doc);
        List<Span> spanList = found.stream().map(SpanFinder.Found::span).toList();
        float[][] probabilities = classifier.probabilities(doc, spanList);
        List<Labelled> labelled = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            int best = argmax(probabilities[i]);
            double raw = found.get(i).probability() * probabilities[i][best];
            labelled.add(new Labelled(found.get(i).span(), TechniqueClassifier.technique(best), calibration.apply(raw)));
        }
        return labelled;
    }

    public SpanFinder finder() {
        return finder;
    }

    public TechniqueClassifier classifier() {
        return classifier;
    }

    public static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public void close() {
        spans.close();
        classes.close();
    }
}
