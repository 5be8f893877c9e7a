package org.rhetorica.index;

import java.util.List;

/**
 * What a search found.
 *
 * @param total how many documents match
 * @param hits the page of results asked for
 * @param facets counts of every facet's values over the documents that match; a facet filtered on
 *     counts as if it were not, so that its other values can be added to the filter
 */
public record SearchResult(long total, List<Hit> hits, List<FacetCounts> facets) {

    /**
     * One document found.
     *
     * @param score relevance (words) or similarity (meaning)
     * @param snippet the best passages with the words matched marked, as fragments
     * @param passage for a search by meaning, the passage that matched best, in UTF-16 indices, else null
     * @param groupSize how many documents its near-duplicate group has (1 for none)
     */
    public record Hit(Summary document, double score, List<Fragment> snippet, int[] passage, int groupSize) {}

    /** A piece of a snippet; {@code match} marks the words the query matched. */
    public record Fragment(String text, boolean match) {}

    public record FacetCounts(String name, String label, List<FacetValue> values) {}

    /** A facet value with its count; {@code selected} when the search filters on it. */
    public record FacetValue(String value, String label, long count, boolean selected) {}
}
