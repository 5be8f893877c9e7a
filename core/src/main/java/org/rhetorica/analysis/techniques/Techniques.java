package org.rhetorica.analysis.techniques;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rhetorica.analysis.Speakers;
import org.rhetorica.analysis.WrittenWords;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.models.Encoding;
import org.rhetorica.pipeline.Annotator;
import org.rhetorica.pipeline.NamedProvider;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.text.HeaderPart;
import org.rhetorica.text.Post;
import org.rhetorica.text.Sentences;
import org.rhetorica.text.Turn;

/**
 * The techniques layer: spans that use one of the 14 persuasion techniques, each with its technique,
 * a calibrated score and, inside a quote, interview turn or forum post, its speaker. Reads the shared
 * encoder's vectors; runs no transformer of its own. English only.
 */
public final class Techniques implements Annotator {
    /** What this annotator produces, declared once for it and its provider. */
    public static final Set<DataKey> PRODUCES = Set.of(TechniqueSpan.LAYER);
    private final TechniqueModel model;

    Techniques(TechniqueModel model) {
        this.model = model;
    }

    @Override
    public Set<DataKey> requires() {
        return Set.of(Encoding.VECTORS, Sentences.LAYER);
    }

    @Override
    public Set<DataKey> uses() {
        return Set.of(Quote.LAYER, Turn.LAYER, Post.LAYER, HeaderPart.LAYER);
    }

    @Override
    public Set<DataKey> produces() {
        return PRODUCES;
    }

    @Override
    public Map<String, String> models() {
        return model.models();
    }

    @Override
    public boolean appliesTo(Document doc) {
        return doc.isEnglish();
    }

    @Override
    public Document annotate(Document doc) {
        List<TechniqueSpan> spans = new ArrayList<>();
        for (TechniqueModel.Labelled found : model.find(doc)) {
            if (!WrittenWords.contain(doc, found.span())) {
                continue;
            }
            spans.add(new TechniqueSpan(found.span().start(), found.span().end(), found.technique().label(),
                    Math.round(found.score() * 1000) / 1000.0, Speakers.at(doc, found.span())));
        }
        return doc.with(TechniqueSpan.LAYER, spans);
    }

    public static final class Provider extends NamedProvider {
        public Provider() {
            super("techniques", PRODUCES, resources -> new Techniques(resources.shared(TechniqueModel.class,
                    (Resources r) -> TechniqueModel.load(r.encoderSpec()))));
        }
    }
}
