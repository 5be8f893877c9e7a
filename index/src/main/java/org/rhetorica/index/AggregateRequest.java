package org.rhetorica.index;

import java.util.Locale;

/**
 * A chart's numbers: a series counted over the documents a search matches, in buckets.
 *
 * @param search which documents (its paging is ignored)
 * @param series {@code documents}, or a tally series: {@code techniques}, {@code quotes}, {@code entities}, ...
 * @param by how buckets are made
 * @param top for buckets by source or speaker, how many to keep (those with most counted)
 */
public record AggregateRequest(SearchRequest search, String series, By by, int top) {
    public static final String DOCUMENTS = "documents";

    public enum By {
        DAY, WEEK, MONTH, YEAR, SOURCE, SPEAKER;

        public boolean isTime() {
            return this == DAY || this == WEEK || this == MONTH || this == YEAR;
        }

        /** @throws IllegalArgumentException naming the choices */
        public static By parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("cannot make buckets by " + name + "; choose day, week, month, year, source or speaker");
            }
        }
    }

    public AggregateRequest {
        if (series == null || series.isBlank()) {
            series = DOCUMENTS;
        }
        if (top < 1 || top > 1000) {
            throw new IllegalArgumentException("top must be 1 to 1000, not " + top);
        }
    }
}
