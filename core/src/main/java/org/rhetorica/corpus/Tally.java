package org.rhetorica.corpus;

/**
 * A count of one document for the charts: how many spans of a series (a layer, or {@code words}) with
 * a label are spoken by a speaker. Charts add tallies over documents and divide them by documents or
 * by words.
 *
 * @param series what is counted: {@code techniques}, {@code quotes}, {@code words}, ...
 * @param label a kind within the series (a technique's corpus label), or "" for none
 * @param speaker who speaks them, or null for the document's own voice
 * @param count how many
 */
public record Tally(String series, String label, String speaker, int count) {
    public Tally {
        label = label == null ? "" : label;
    }
}
