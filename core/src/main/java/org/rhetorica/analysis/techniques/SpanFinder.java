package org.rhetorica.analysis.techniques;

import java.util.ArrayList;
import java.util.List;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.Encoding;
import org.rhetorica.models.Head;
import org.rhetorica.models.PieceChunks;
import org.rhetorica.models.Provenance;
import org.rhetorica.models.Tagger;

/**
 * Span identification: where a document uses some persuasion technique. A bidirectional LSTM over
 * {@link PieceFeatures} (the ONNX head {@value #NAME}) gives each word piece a probability of lying
 * in a technique span. A span starts at a piece whose probability reaches the upper threshold and
 * grows over neighbours that reach the lower one (hysteresis: it keeps spans whole without starting
 * them on weak evidence); spans are widened to whole words. Thread-safe.
 */
public final class SpanFinder {
    public static final String NAME = "techniques-spans";
    /** Pieces per chunk the tagger reads at once, as in training. */
    public static final int CHUNK = 128;

    private final Head head;
    private final Thresholds thresholds;

    /** Where spans start ({@code high}) and how far they grow ({@code low}). */
    public record Thresholds(double low, double high) {
        public Thresholds {
            if (low > high) {
                throw new IllegalArgumentException("lower threshold " + low + " above upper " + high);
            }
        }
    }

    public SpanFinder(Head head, Thresholds thresholds) {
        this.head = head;
        this.thresholds = thresholds;
    }

    /** A found span and the mean probability of its pieces. */
    public record Found(Span span, double probability) {}

    public List<Found> find(Document doc) {
        return decode(doc.attachment(Encoding.VECTORS), probabilities(doc), thresholds);
    }

    /** The probability that each piece of the document lies in a technique span. */
    public double[] probabilities(Document doc) {
        EncodedText vectors = doc.attachment(Encoding.VECTORS);
        int n = vectors.size();
        double[] probabilities = new double[n];
        float[] output = PieceChunks.run(head, PieceFeatures.of(doc), CHUNK);
        int outputs = n == 0 ? 0 : output.length / n;
        for (int piece = 0; piece < n; piece++) {
            // The first output is "in any span"; the others, per technique, only helped training.
            probabilities[piece] = output[piece * outputs];
        }
        return probabilities;
    }

    /** Spans seeded at the upper threshold, grown to the lower one and widened to whole words. */
    public static List<Found> decode(EncodedText vectors, double[] probabilities, Thresholds thresholds) {
        List<Found> found = new ArrayList<>();
        int n = probabilities.length;
        int end = 0;
        for (int piece = 0; piece < n; piece++) {
            if (probabilities[piece] < thresholds.high()) {
                continue;
            }
            int first = piece;
            int last = piece;
            while (first > end && probabilities[first - 1] >= thresholds.low()) {
                first--;
            }
            while (last + 1 < n && probabilities[last + 1] >= thresholds.low()) {
                last++;
            }
            while (first > 0 && vectors.word(first - 1) == vectors.word(first)) {
                first--;
            }
            while (last + 1 < n && vectors.word(last + 1) == vectors.word(last)) {
                last++;
            }
            double sum = 0;
            for (int p = first; p <= last; p++) {
                sum += probabilities[p];
            }
            found.add(new Found(new Span(vectors.start(first), vectors.end(last)), sum / (last - first + 1)));
            piece = last;
            end = last + 1;
        }
        return found;
    }

    /** The ONNX head for trained taggers: their probabilities averaged. */
    public static byte[] export(List<Tagger> taggers, Provenance provenance) {
        return Tagger.averaged(NAME, taggers, provenance);
    }
}
