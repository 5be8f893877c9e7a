package org.rhetorica.corpus;

/**
 * A facet of search results: a field of the index whose values are counted over every result set and
 * can be searched as {@code name:value}.
 *
 * @param name the field's name in queries ({@code speaker})
 * @param label what a page calls it ("Speakers")
 */
public record Facet(String name, String label) {}
