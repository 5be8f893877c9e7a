package org.rhetorica.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The corpus contributors on the class path, in a stable order (by layer name). Immutable. */
public final class Contributors {
    private final List<CorpusContributor> all;

    private Contributors(List<CorpusContributor> all) {
        this.all = List.copyOf(all);
    }

    public static Contributors load() {
        List<CorpusContributor> found = new ArrayList<>();
        ServiceLoader.load(CorpusContributor.class).forEach(found::add);
        found.sort(java.util.Comparator.comparing(CorpusContributor::layer));
        return new Contributors(found);
    }

    public List<CorpusContributor> all() {
        return all;
    }

    /** The contributor of the layer called {@code layer}, or null. */
    public CorpusContributor forLayer(String layer) {
        return all.stream().filter(c -> c.layer().equals(layer)).findFirst().orElse(null);
    }

    /** Every contributor's facets, once each by name, in contributor order. */
    public List<Facet> facets() {
        Map<String, Facet> facets = new LinkedHashMap<>();
        all.forEach(c -> c.facets().forEach(f -> facets.putIfAbsent(f.name(), f)));
        return List.copyOf(facets.values());
    }

    /** The label a page shows for a facet value: the first contributor's that names it otherwise. */
    public String valueLabel(String facet, String value) {
        for (CorpusContributor contributor : all) {
            String label = contributor.valueLabel(facet, value);
            if (!label.equals(value)) {
                return label;
            }
        }
        return value;
    }

    /** Everything the contributors say of {@code doc}. */
    public CorpusEntry entry(org.rhetorica.doc.Document doc) {
        CorpusEntry entry = new CorpusEntry();
        all.forEach(c -> c.contribute(doc, entry));
        return entry;
    }
}
