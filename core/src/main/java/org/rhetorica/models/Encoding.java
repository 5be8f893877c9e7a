package org.rhetorica.models;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rhetorica.doc.Attachment;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.PipelineSpec;
import org.rhetorica.doc.Span;
import org.rhetorica.pipeline.Annotator;
import org.rhetorica.pipeline.NamedProvider;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.text.Sentences;

/**
 * Runs the shared encoder once over a document and attaches its token vectors for the model heads.
 * It also gives the document its word tokens, as the encoder's tokenizer splits them, so that the
 * text is tokenized once.
 */
public final class Encoding implements Annotator {
    public static final Attachment<EncodedText> VECTORS = new Attachment<>("vectors", EncodedText.class);
    /** Words: the tokenizer's split at white space and punctuation. A working layer, not in the JSON. */
    public static final Layer<Span> TOKENS = Layer.working("tokens", Span.class);
    /** What this annotator produces, declared once for it and its provider. */
    public static final Set<DataKey> PRODUCES = Set.of(VECTORS, TOKENS);

    private final TextEncoder encoder;

    public Encoding(TextEncoder encoder) {
        this.encoder = encoder;
    }

    /**
     * One vector per sentence of an encoded document (the mean of its pieces' vectors), in the order
     * of the sentences layer: for comparing sentences, across documents too.
     */
    public static float[][] sentenceVectors(Document doc) {
        EncodedText vectors = doc.attachment(VECTORS);
        return doc.layer(Sentences.LAYER).stream().map(vectors::mean).toArray(float[][]::new);
    }

    /** The pipeline's one encoder, loaded on first use. */
    public static TextEncoder sharedEncoder(Resources resources) {
        return resources.shared(TextEncoder.class, r -> TextEncoder.load(r.encoderSpec()));
    }

    @Override
    public Set<DataKey> requires() {
        return Set.of(Sentences.LAYER);
    }

    @Override
    public Set<DataKey> produces() {
        return PRODUCES;
    }

    @Override
    public Optional<PipelineSpec.Encoder> encoder() {
        return Optional.of(encoder.identity());
    }

    @Override
    public boolean appliesTo(Document doc) {
        return doc.isEnglish();
    }

    @Override
    public Document annotate(Document doc) {
        EncodedText encoded = encoder.encode(doc.text(), doc.layer(Sentences.LAYER));
        return doc.with(VECTORS, encoded).with(TOKENS, words(encoded));
    }

    static List<Span> words(EncodedText encoded) {
        return encoded.wordPieces().stream().map(range -> new Span(encoded.start(range[0]), encoded.end(range[1]))).toList();
    }

    public static final class Provider extends NamedProvider {
        public Provider() {
            super("encoding", PRODUCES, resources -> new Encoding(sharedEncoder(resources)));
        }
    }
}
