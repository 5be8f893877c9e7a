package org.rhetorica.analysis.entities;

import java.util.List;
import java.util.Set;
import org.rhetorica.corpus.CorpusContributor;
import org.rhetorica.corpus.CorpusEntry;
import org.rhetorica.corpus.Facet;
import org.rhetorica.corpus.RecordFields;
import org.rhetorica.corpus.SpanRow;
import org.rhetorica.doc.Document;

/** Entities in a corpus index: facet {@code entity} by canonical name; a tally per mention by name. */
public final class EntityCorpus implements CorpusContributor {
    public static final Facet ENTITY = new Facet("entity", "Entities");
    private static final Set<String> IN_COLUMNS = Set.of("type");

    @Override
    public String layer() {
        return Entity.LAYER.name();
    }

    @Override
    public List<Facet> facets() {
        return List.of(ENTITY);
    }

    @Override
    public void contribute(Document doc, CorpusEntry entry) {
        for (Entity entity : doc.layer(Entity.LAYER)) {
            entry.facet(ENTITY.name(), entity.name()).tally(layer(), entity.name(), null, 1);
        }
    }

    @Override
    public List<SpanRow> rows(Document doc) {
        return doc.layer(Entity.LAYER).stream()
                .map(entity -> new SpanRow(entity.start(), entity.end(), null, entity.type(), entity.type(), null,
                        RecordFields.values(doc, entity, IN_COLUMNS)))
                .toList();
    }

    @Override
    public List<String> extraColumns() {
        return RecordFields.names(Entity.class, IN_COLUMNS);
    }
}
