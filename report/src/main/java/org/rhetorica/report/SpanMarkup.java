package org.rhetorica.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes stretches of text as HTML with marks that may overlap and nest in any way. Properly nested
 * marks become nested elements; where two marks cross, the inner one is closed at the crossing and
 * opened again after it, so that every character shows every mark that covers it. Text between the
 * stretches (white space between paragraphs, say) is not written; marks that cover it are cut there.
 *
 * <p>Runs in time linear in the text and the marks, times the nesting depth. One instance writes one
 * document; it is not thread-safe.
 */
final class SpanMarkup {
    private static final Comparator<Mark> LONGEST_FIRST =
            Comparator.comparingInt(Mark::end).reversed().thenComparingInt(Mark::rank);

    private final String text;
    private final List<Mark> marks;
    private final int[] points;
    private final String pointTag;
    private int nextMark;
    private int nextPoint;
    /** Marks met in an earlier stretch that reach beyond it. */
    private final List<Mark> carried = new ArrayList<>();

    /**
     * @param marks the marks, in any order; empty ones are ignored
     * @param points ascending offsets where {@code pointTag} is written (sentence starts, say)
     */
    SpanMarkup(String text, List<Mark> marks, int[] points, String pointTag) {
        this.text = text;
        this.marks = new ArrayList<>(marks);
        this.marks.sort(Mark.OUTER_FIRST);
        this.points = points.clone();
        this.pointTag = pointTag;
    }

    /** Appends {@code text[from, to)} with its marks; call with stretches in text order that do not overlap. */
    void append(StringBuilder out, int from, int to) {
        List<Mark> waiting = marksOver(from, to);
        List<Mark> open = new ArrayList<>();
        List<Mark> opening = new ArrayList<>();
        int next = 0;
        for (int position = from; position < to; ) {
            closeEnded(out, open, opening, position);
            appendPoints(out, position);
            while (next < waiting.size() && Math.max(waiting.get(next).start(), from) <= position) {
                opening.add(waiting.get(next++));
            }
            opening.sort(LONGEST_FIRST);
            for (Mark mark : opening) {
                out.append(mark.openTag());
                open.add(mark);
            }
            opening.clear();
            int boundary = to;
            if (next < waiting.size()) {
                boundary = Math.min(boundary, waiting.get(next).start());
            }
            for (Mark mark : open) {
                boundary = Math.min(boundary, mark.end());
            }
            if (nextPoint < points.length) {
                boundary = Math.min(boundary, points[nextPoint]);
            }
            Html.escape(out, text, position, boundary);
            position = boundary;
        }
        out.append("</span>".repeat(open.size()));
    }

    /** The marks that cover part of {@code [from, to)}, outer first; keeps those that reach beyond. */
    private List<Mark> marksOver(int from, int to) {
        List<Mark> over = new ArrayList<>();
        carried.removeIf(mark -> mark.end() <= from);
        over.addAll(carried);
        while (nextMark < marks.size() && marks.get(nextMark).start() < to) {
            Mark mark = marks.get(nextMark++);
            if (mark.end() > from && mark.end() > mark.start()) {
                over.add(mark);
                if (mark.end() > to) {
                    carried.add(mark);
                }
            }
        }
        over.sort(Comparator.comparingInt((Mark mark) -> Math.max(mark.start(), from)).thenComparing(LONGEST_FIRST));
        return over;
    }

    /** Closes the marks that end at {@code position} and, to do so, those opened inside them, which go to {@code reopen}. */
    private static void closeEnded(StringBuilder out, List<Mark> open, List<Mark> reopen, int position) {
        int outermostEnded = -1;
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).end() <= position) {
                outermostEnded = i;
                break;
            }
        }
        if (outermostEnded < 0) {
            return;
        }
        for (int i = open.size() - 1; i >= outermostEnded; i--) {
            Mark closed = open.remove(i);
            out.append("</span>");
            if (closed.end() > position) {
                reopen.add(closed);
            }
        }
    }

    private void appendPoints(StringBuilder out, int position) {
        while (nextPoint < points.length && points[nextPoint] < position) {
            nextPoint++;
        }
        while (nextPoint < points.length && points[nextPoint] == position) {
            out.append(pointTag);
            nextPoint++;
        }
    }
}
