package org.rhetorica.doc;

/** A plain range of text with nothing attached: a paragraph, a sentence, a token, a cue. */
public record Span(int start, int end) implements Spanned, Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a range");
        }
    }

    public static Span of(Spanned spanned) {
        return spanned instanceof Span span ? span : new Span(spanned.start(), spanned.end());
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
