package org.rhetorica.analysis.techniques;

import java.util.List;
import org.rhetorica.corpus.CorpusContributor;
import org.rhetorica.corpus.CorpusEntry;
import org.rhetorica.corpus.Facet;
import org.rhetorica.corpus.SpanRow;
import org.rhetorica.doc.Document;

/** The techniques layer in a corpus index: facets {@code technique} and {@code speaker}, a tally per span. */
public final class TechniqueCorpus implements CorpusContributor {
    public static final Facet TECHNIQUE = new Facet("technique", "Techniques");
    public static final Facet SPEAKER = new Facet("speaker", "Speakers");

    @Override
    public String layer() {
        return TechniqueSpan.LAYER.name();
    }

    @Override
    public List<Facet> facets() {
        return List.of(TECHNIQUE, SPEAKER);
    }

    @Override
    public void contribute(Document doc, CorpusEntry entry) {
        for (TechniqueSpan span : doc.layer(TechniqueSpan.LAYER)) {
            entry.facet(TECHNIQUE.name(), span.technique()).facet(SPEAKER.name(), span.speaker())
                    .tally(layer(), span.technique(), span.speaker(), 1);
        }
    }

    @Override
    public List<SpanRow> rows(Document doc) {
        return doc.layer(TechniqueSpan.LAYER).stream()
                .map(span -> new SpanRow(span.start(), span.end(), span.speaker(), span.technique(),
                        valueLabel(TECHNIQUE.name(), span.technique()), span.score(), null))
                .toList();
    }

    @Override
    public String valueLabel(String facet, String value) {
        return facet.equals(TECHNIQUE.name()) ? Technique.fromLabel(value).map(Technique::title).orElse(value) : value;
    }
}
