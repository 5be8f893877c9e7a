package org.rhetorica.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import org.rhetorica.analysis.entities.Coreference.Name;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.Encoding;
import org.rhetorica.models.Head;
import org.rhetorica.models.PieceChunks;
import org.rhetorica.models.Provenance;
import org.rhetorica.models.Tagger;
import org.rhetorica.text.Sentences;

/**
 * Finds the names of people, organisations and places: a bidirectional LSTM over {@link
 * EntityFeatures} (the ONNX head {@value #NAME}) gives each word piece a softmax over seven labels,
 * O and B and I of each type. Each word takes the labels of its first piece: it is part of a name when
 * the name labels together are at least the head's threshold likely, and then of the likeliest one.
 * Runs of words make names, which never cross a sentence and never cut a word. Thread-safe.
 */
public final class EntityTagger implements AutoCloseable {
    public static final String NAME = "entities-names";
    /** Pieces per chunk the tagger reads at once, as in training. */
    public static final int CHUNK = 128;
    /** The types in label order: label {@code 1 + 2·i} begins a name of {@code TYPES.get(i)}, {@code 2 + 2·i} goes on with one. */
    public static final List<String> TYPES = List.of(Entity.PERSON, Entity.ORGANIZATION, Entity.LOCATION);
    /** O, then B and I of each type. */
    public static final int LABELS = 1 + 2 * TYPES.size();
    /** The provenance setting that holds the threshold chosen in training. */
    public static final String THRESHOLD = "threshold";

    private final Head head;
    private final double threshold;

    /** @param threshold how likely the name labels of a word together must be for it to be part of a name */
    public EntityTagger(Head head, double threshold) {
        this.head = head;
        this.threshold = threshold;
    }

    /** The head shipped in the repository, for vectors of {@code encoder}, with the threshold it was trained with. */
    public static EntityTagger load(EncoderSpec encoder) {
        Head head = Head.load(NAME, encoder);
        Object threshold = head.provenance().settings().get(THRESHOLD);
        if (!(threshold instanceof Number number)) {
            head.close();
            throw new IllegalStateException("model " + NAME + " records no " + THRESHOLD + "; retrain it");
        }
        return new EntityTagger(head, number.doubleValue());
    }

    public static int label(String type, boolean begin) {
        return 1 + 2 * TYPES.indexOf(type) + (begin ? 0 : 1);
    }

    public Head head() {
        return head;
    }

    /** The document's names, in text order; none without encoder vectors. */
    public List<Name> names(Document doc) {
        if (!doc.has(Encoding.VECTORS)) {
            return List.of();
        }
        List<Span> sentences = doc.layer(Sentences.LAYER);
        EncodedText vectors = doc.attachment(Encoding.VECTORS);
        return decode(vectors, probabilities(doc.text(), vectors, sentences), sentences, threshold);
    }

    /** The label probabilities of each piece, row-major: {@code pieces × LABELS}. */
    public float[] probabilities(String text, EncodedText vectors, List<Span> sentences) {
        return PieceChunks.run(head, EntityFeatures.of(text, vectors, sentences), CHUNK);
    }

    /** Names from the labels of each word's first piece, closed at every sentence's end. */
    public static List<Name> decode(EncodedText vectors, float[] probabilities, List<Span> sentences, double threshold) {
        List<Name> names = new ArrayList<>();
        int sentence = 0;
        int open = -1;
        int start = 0;
        int end = 0;
        for (int[] word : vectors.wordPieces()) {
            int wordStart = vectors.start(word[0]);
            boolean newSentence = false;
            while (sentence < sentences.size() && sentences.get(sentence).end() <= wordStart) {
                sentence++;
                newSentence = true;
            }
            int at = word[0] * LABELS;
            int label = 0;
            if (1 - probabilities[at] >= threshold) {
                label = 1;
                for (int l = 2; l < LABELS; l++) {
                    if (probabilities[at + l] > probabilities[at + label]) {
                        label = l;
                    }
                }
            }
            int type = label == 0 ? -1 : (label - 1) / 2;
            boolean begin = label > 0 && (label - 1) % 2 == 0;
            if (open >= 0 && (type != open || begin || newSentence)) {
                names.add(new Name(start, end, TYPES.get(open)));
                open = -1;
            }
            if (type >= 0 && open < 0) {
                open = type;
                start = wordStart;
            }
            end = vectors.end(word[1]);
        }
        if (open >= 0) {
            names.add(new Name(start, end, TYPES.get(open)));
        }
        return names;
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
