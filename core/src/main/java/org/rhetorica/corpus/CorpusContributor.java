package org.rhetorica.corpus;

import java.util.List;
import org.rhetorica.doc.Document;

/**
 * What one layer adds to a corpus index: values for search facets ({@code speaker:}, {@code technique:}),
 * tallies for the charts, and one row per span for exports. Contributors are found with
 * {@link java.util.ServiceLoader}: each is listed in {@code META-INF/services/org.rhetorica.corpus.CorpusContributor}
 * beside the layer it reads, so that a new layer joins the index without editing the indexer.
 * Implementations hold no state and are thread-safe.
 */
public interface CorpusContributor {
    /** The layer read, by its name in results; also the name of its export ({@code --layer techniques}). */
    String layer();

    /** The facets this contributor fills, in the order a page shows them. */
    List<Facet> facets();

    /** Adds the document's facet values and tallies to {@code entry}. */
    void contribute(Document doc, CorpusEntry entry);

    /** One row per span of the layer, in text order, for exports. */
    List<SpanRow> rows(Document doc);

    /** The names of the fields each row carries in {@link SpanRow#extra()}, in column order. */
    default List<String> extraColumns() {
        return List.of();
    }

    /** How a page names a facet value: a technique's title for its corpus label, say; the value itself by default. */
    default String valueLabel(String facet, String value) {
        return value;
    }
}
