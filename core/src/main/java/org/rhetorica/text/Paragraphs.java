package org.rhetorica.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Span;
import org.rhetorica.pipeline.Annotator;

/**
 * Splits a text into paragraphs. Most texts put one paragraph on a line; hard-wrapped texts (short
 * lines, blank lines between blocks) put one on a block of lines. Paragraph spans exclude the
 * surrounding white space. The non-blank lines, trimmed, are kept as the working layer
 * {@link #LINES} for annotators that read layout line by line (thread headers, speaker labels).
 */
public final class Paragraphs implements Annotator {
    public static final Layer<Span> LAYER = Layer.written("paragraphs", Span.class);
    public static final Layer<Span> LINES = Layer.working("lines", Span.class);
    /** What this annotator produces, declared once for it and its provider. */
    public static final Set<DataKey> PRODUCES = Set.of(LAYER, LINES);

    /** Lines at most this long, on average, in texts with blank lines, mean the text is hard-wrapped. */
    private static final int WRAPPED_LINE_LENGTH = 90;

    @Override
    public Set<DataKey> requires() {
        return Set.of();
    }

    @Override
    public Set<DataKey> produces() {
        return PRODUCES;
    }

    @Override
    public Document annotate(Document doc) {
        List<Span> lines = lines(doc.text());
        return doc.with(LAYER, split(doc.text(), lines)).with(LINES, lines);
    }

    static List<Span> split(String text) {
        return split(text, lines(text));
    }

    private static List<Span> split(String text, List<Span> lines) {
        boolean wrapped = isHardWrapped(text, lines);
        List<Span> paragraphs = new ArrayList<>();
        Span open = null;
        int previousEnd = -1;
        for (Span line : lines) {
            boolean sameBlock = open != null && wrapped && !blankLineBetween(text, previousEnd, line.start());
            if (sameBlock) {
                open = new Span(open.start(), line.end());
            } else {
                if (open != null) {
                    paragraphs.add(open);
                }
                open = line;
            }
            previousEnd = line.end();
        }
        if (open != null) {
            paragraphs.add(open);
        }
        return paragraphs;
    }

    /** Non-blank lines, trimmed. */
    static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            Span trimmed = trim(text, start, end);
            if (trimmed != null) {
                lines.add(trimmed);
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    private static boolean isHardWrapped(String text, List<Span> lines) {
        if (lines.size() < 4) {
            return false;
        }
        int blocks = 1;
        for (int i = 1; i < lines.size(); i++) {
            if (blankLineBetween(text, lines.get(i - 1).end(), lines.get(i).start())) {
                blocks++;
            }
        }
        long characters = lines.stream().mapToLong(Span::length).sum();
        // Blocks of several lines each, all short: the writer broke lines by hand. Without any blank
        // line, short lines are a list of their own (a forum page, a transcript, converted HTML).
        return blocks >= 2 && blocks * 2 <= lines.size() && characters / lines.size() <= WRAPPED_LINE_LENGTH;
    }

    private static boolean blankLineBetween(String text, int from, int to) {
        int newlines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                newlines++;
            }
        }
        return newlines >= 2;
    }

    /** {@code [start, end)} without leading and trailing white space, or null if nothing is left. */
    static Span trim(String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
