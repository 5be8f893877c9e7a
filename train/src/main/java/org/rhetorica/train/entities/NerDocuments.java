package org.rhetorica.train.entities;

import java.nio.file.Path;
import org.rhetorica.doc.CodePoints;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.Encoding;
import org.rhetorica.models.TextEncoder;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.text.Sentences;

/**
 * Makes the documents of named-entity files what the entity tagger reads in analysis: paragraphs,
 * sentences and encoder vectors. The files are English, so the language is not detected (a short
 * tweet may not look English to the detector).
 */
final class NerDocuments implements AutoCloseable {
    private final Paragraphs paragraphs = new Paragraphs();
    private final Sentences sentences = Sentences.load();
    private final TextEncoder encoder;
    private final Encoding encoding;

    NerDocuments(EncoderSpec encoderSpec) {
        this.encoder = TextEncoder.load(encoderSpec);
        this.encoding = new Encoding(encoder);
    }

    /** {@code text} of {@code file} made a document with its paragraphs, sentences and encoder vectors. */
    NerCorpus.Doc analyse(NerCorpus.Text text, Path file) {
        CodePoints codePoints = new CodePoints(text.text());
        Document doc = Document.of(text.text(), Metadata.of(text.id(),
                new Origin(file.toString(), 0, codePoints.codePointLength(), null)).withLanguage("en"));
        return new NerCorpus.Doc(text.id(), encoding.annotate(sentences.annotate(paragraphs.annotate(doc))), text.gold());
    }

    @Override
    public void close() {
        encoder.close();
    }
}
