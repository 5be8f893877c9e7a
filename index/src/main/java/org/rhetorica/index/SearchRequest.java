package org.rhetorica.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search of the corpus.
 *
 * @param query words in Lucene's classic syntax, or blank for every document
 * @param filters facet values to keep, by facet: a document must have one of each facet's values
 * @param similarTo a text whose meaning passages are sought by (search by meaning), or blank for none
 * @param order by relevance or by publication date, newest first
 * @param offset how many results to pass over, for paging
 * @param limit how many results to return
 */
public record SearchRequest(String query, Map<String, List<String>> filters, String similarTo, Order order, int offset,
        int limit) {
    public static final int MAX_LIMIT = 200;
    /** How deep a page may reach: past this, a narrower query serves better than paging. */
    public static final int MAX_DEPTH = 10_000;

    public enum Order { RELEVANCE, DATE }

    public SearchRequest {
        query = query == null ? "" : query;
        similarTo = similarTo == null ? "" : similarTo;
        order = order == null ? Order.RELEVANCE : order;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        (filters == null ? Map.<String, List<String>>of() : filters).forEach((facet, values) -> {
            if (values != null && !values.isEmpty()) {
                copy.put(facet, List.copyOf(values));
            }
        });
        filters = java.util.Collections.unmodifiableMap(copy);
        if (offset < 0 || limit < 0 || limit > MAX_LIMIT || offset + limit > MAX_DEPTH) {
            throw new IllegalArgumentException("results " + offset + " to " + (offset + limit) + " cannot be asked for: at most "
                    + MAX_LIMIT + " at a time, within the first " + MAX_DEPTH);
        }
    }

    /** Every document, for exports and aggregates. */
    public static SearchRequest all() {
        return of("");
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), "", Order.RELEVANCE, 0, 20);
    }

    public boolean bySimilarity() {
        return !similarTo.isBlank();
    }
}
