package org.rhetorica.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the contributors say of one document, gathered for the indexer: facet values by facet, and
 * tallies (equal ones added up). Filled on one thread, then read.
 */
public final class CorpusEntry {
    private final Map<String, Set<String>> facetValues = new LinkedHashMap<>();
    private final Map<List<String>, Integer> counts = new LinkedHashMap<>();

    /** Records that the document has {@code value} in {@code facet}; null and blank values are ignored. */
    public CorpusEntry facet(String facet, String value) {
        if (value != null && !value.isBlank()) {
            facetValues.computeIfAbsent(facet, f -> new LinkedHashSet<>()).add(value.strip());
        }
        return this;
    }

    /** Adds {@code count} to the tally of (series, label, speaker). */
    public CorpusEntry tally(String series, String label, String speaker, int count) {
        counts.merge(java.util.Arrays.asList(Objects.requireNonNull(series), label == null ? "" : label, speaker),
                count, Integer::sum);
        return this;
    }

    public Map<String, Set<String>> facets() {
        Map<String, Set<String>> copy = new HashMap<>();
        facetValues.forEach((facet, values) -> copy.put(facet, Collections.unmodifiableSet(values)));
        return Collections.unmodifiableMap(copy);
    }

    public List<Tally> tallies() {
        List<Tally> tallies = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> tallies.add(new Tally(key.get(0), key.get(1), key.get(2), count)));
        return tallies;
    }
}
