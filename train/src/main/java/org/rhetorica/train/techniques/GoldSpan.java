package org.rhetorica.train.techniques;

/**
 * A labelled technique span as the shared-task files give it: article id, technique (null in span
 * identification files), and code point offsets.
 */
public record GoldSpan(String article, String technique, int start, int end) {
    public GoldSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") of article " + article + " is not a range");
        }
    }
}
