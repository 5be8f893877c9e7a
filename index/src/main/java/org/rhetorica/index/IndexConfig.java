package org.rhetorica.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.rhetorica.corpus.Contributors;
import org.rhetorica.corpus.Facet;
import org.rhetorica.doc.LayerRegistry;
import org.rhetorica.pipeline.Pipeline;

/**
 * How documents are indexed and read back: the layers' contributors, the facets they make, and the
 * analyzers. Writers and readers of one index use the same. Immutable.
 */
public record IndexConfig(Contributors contributors, List<Facet> facets, FacetsConfig facetsConfig, Analyzer analyzer,
        LayerRegistry layers) {

    /** The contributors and layers on the class path. */
    public static IndexConfig standard() {
        Contributors contributors = Contributors.load();
        List<Facet> facets = Schema.facets(contributors);
        return new IndexConfig(contributors, facets, Schema.facetsConfig(facets), Schema.analyzer(facets),
                Pipeline.writtenLayers());
    }

    /** The facet called {@code name}, or null. */
    public Facet facet(String name) {
        return facets.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }
}
