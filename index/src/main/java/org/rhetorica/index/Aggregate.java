package org.rhetorica.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A chart's numbers.
 *
 * @param buckets in time order for time buckets, else most counted first
 * @param undated matching documents with no date precise enough for time buckets, left out of them
 */
public record Aggregate(String series, AggregateRequest.By by, List<Bucket> buckets, int undated) {

    /**
     * One bucket: how many spans of the series (or documents) it has, out of how many documents and
     * words, and its counts by label (by technique, say).
     *
     * @param words for buckets by speaker, the words that speaker speaks; else the documents' words
     */
    public record Bucket(String key, long documents, long words, long count, Map<String, Long> labels) {
        /** Spans per document; 0 for an empty bucket. */
        @JsonProperty
        public double perDocument() {
            return documents == 0 ? 0 : (double) count / documents;
        }

        /** Spans per 1,000 words; 0 when the bucket has no words. */
        @JsonProperty
        public double perThousandWords() {
            return words == 0 ? 0 : count * 1000.0 / words;
        }
    }
}
