package org.rhetorica.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Span;
import org.rhetorica.pipeline.Annotator;

/** Sentences inside each paragraph (never across one), with OpenNLP's English model. */
public final class Sentences implements Annotator {
    public static final Layer<Span> LAYER = Layer.written("sentences", Span.class);
    /** What this annotator produces, declared once for it and its provider. */
    public static final Set<DataKey> PRODUCES = Set.of(LAYER);

    private final ThreadSafeSentenceDetectorME detector;

    public Sentences(SentenceModel model) {
        this.detector = new ThreadSafeSentenceDetectorME(model);
    }

    /** With the English model shipped in the OpenNLP models artifact. */
    public static Sentences load() {
        return new Sentences(OpenNlpModels.load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new));
    }

    @Override
    public Set<DataKey> requires() {
        return Set.of(Paragraphs.LAYER, Metadata.LANGUAGE);
    }

    @Override
    public Set<DataKey> produces() {
        return PRODUCES;
    }

    @Override
    public boolean appliesTo(Document doc) {
        return doc.isEnglish();
    }

    @Override
    public Document annotate(Document doc) {
        String text = doc.text();
        List<Span> sentences = new ArrayList<>();
        for (Span paragraph : doc.layer(Paragraphs.LAYER)) {
            String inside = doc.text(paragraph);
            for (opennlp.tools.util.Span found : detector.sentPosDetect(inside)) {
                Span sentence = Paragraphs.trim(text, paragraph.start() + found.getStart(), paragraph.start() + found.getEnd());
                if (sentence != null) {
                    sentences.add(sentence);
                }
            }
        }
        return doc.with(LAYER, sentences);
    }
}
