package org.rhetorica.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.rhetorica.analysis.quotes.QuoteMarks.Quotation;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Spanned;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.Encoding;
import org.rhetorica.models.Head;
import org.rhetorica.models.PieceChunks;
import org.rhetorica.models.Provenance;
import org.rhetorica.models.Tagger;

/**
 * Finds the parts of attributions: cues ("said", "according to"), sources (who says it) and
 * contents (what is said). A bidirectional LSTM over {@link AttributionFeatures} (the ONNX head
 * {@value #NAME}) gives each word piece a softmax over seven labels, B and I of each part and O;
 * each word takes the label of its first piece, and runs of words make spans. PolNeAR, which it
 * learns from, does not nest attributions, so one label per word suffices. Thread-safe.
 */
public final class AttributionTagger implements AutoCloseable {
    public static final String NAME = "quotes-attributions";
    /** Pieces per chunk the tagger reads at once, as in training. */
    public static final int CHUNK = 128;
    /** O, then B and I of each role. */
    public static final int LABELS = 1 + 2 * Role.values().length;

    public enum Role { CUE, SOURCE, CONTENT }

    /** A span the tagger labels. */
    record Tagged(Role role, int start, int end) implements Spanned {}

    private final Head head;

    public AttributionTagger(Head head) {
        this.head = head;
    }

    /** The head shipped in the repository, for vectors of {@code encoder}. */
    public static AttributionTagger load(EncoderSpec encoder) {
        return new AttributionTagger(Head.load(NAME, encoder));
    }

    public static int label(Role role, boolean begin) {
        return 1 + 2 * role.ordinal() + (begin ? 0 : 1);
    }

    public Head head() {
        return head;
    }

    /** Cue, source and content spans of the document, in text order. */
    List<Tagged> tag(Document doc, List<Quotation> quotations) {
        return decode(doc.attachment(Encoding.VECTORS), probabilities(doc, quotations));
    }

    /** The label probabilities of each piece, row-major: {@code pieces × LABELS}. */
    float[] probabilities(Document doc, List<Quotation> quotations) {
        return PieceChunks.run(head, AttributionFeatures.of(doc, quotations), CHUNK);
    }

    /** Spans from the likeliest label of each word's first piece: B starts a span, I goes on with one of its role. */
    static List<Tagged> decode(EncodedText vectors, float[] probabilities) {
        List<Tagged> spans = new ArrayList<>();
        Role open = null;
        int start = 0;
        int end = 0;
        for (int piece = 0; piece < vectors.size(); piece++) {
            if (piece > 0 && vectors.word(piece) == vectors.word(piece - 1)) {
                end = vectors.end(piece);
                continue;
            }
            int label = argmax(probabilities, piece * LABELS, LABELS);
            Role role = label == 0 ? null : Role.values()[(label - 1) / 2];
            boolean begin = label > 0 && (label - 1) % 2 == 0;
            if (open != null && (role != open || begin)) {
                spans.add(new Tagged(open, start, end));
                open = null;
            }
            if (role != null && open == null) {
                open = role;
                start = vectors.start(piece);
            }
            end = vectors.end(piece);
        }
        if (open != null) {
            spans.add(new Tagged(open, start, end));
        }
        return spans;
    }

    private static int argmax(float[] values, int from, int count) {
        int best = 0;
        for (int i = 1; i < count; i++) {
            if (values[from + i] > values[from + best]) {
                best = i;
            }
        }
        return best;
    }

    /** The ONNX head for trained taggers: their probabilities averaged. */
    public static byte[] export(List<Tagger> taggers, Provenance provenance) {
        return Tagger.averaged(NAME, taggers, provenance);
    }

    @Override
    public void close() {
        head.close();
    }
}
