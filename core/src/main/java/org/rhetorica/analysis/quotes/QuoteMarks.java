package org.rhetorica.analysis.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.rhetorica.doc.Span;

/**
 * Finds the stretches of a text that stand between quotation marks.
 *
 * <p>Double marks are curly ({@code “ ”}), German ({@code „…“}), guillemets either way ({@code «…»},
 * {@code »…«}), straight ({@code "}) or typewriter pairs ({@code ''}, {@code ``}); single marks
 * ({@code ‘ ’ '}, German {@code ‚…‘}) quote inside double ones, or on their own in the British
 * style. A mark that opens in one convention and closes in another ({@code “} opens in English and
 * closes a German {@code „}, {@code «} closes a {@code »}) closes the quotation its partner opened. A straight mark opens after white space or an opening
 * bracket and closes after anything else. An apostrophe is not a quotation mark: a single mark
 * between two letters ({@code don't}, {@code it’s}) never is, and a closing single mark only counts
 * when a single quotation is open ({@code voters’} is a possessive otherwise). Single quotations
 * that do not close within their paragraph were apostrophes ({@code 'em}, {@code '90s}) and are
 * dropped.
 *
 * <p>A quotation runs over several paragraphs when it is still open at a paragraph's end and the
 * next paragraph opens with a double mark, the newspaper convention; it ends at the first closing
 * mark after that. A double quotation open at the start of its paragraph that never closes runs to
 * the paragraph's end; other unclosed marks are typing slips and are dropped.
 *
 * <p>A paragraph that opens with a dash ({@code —} or {@code –}) and a space is a quotation in the
 * dialogue convention when a speech frame follows it in the paragraph ("— The fares will rise, she
 * said."): it runs from after the dash to the punctuation before the frame. Stateless.
 */
public final class QuoteMarks {
    /**
     * One quotation.
     *
     * @param marks from the opening mark to the closing one, both included
     * @param inside between the marks
     * @param depth 0 for a quotation in the text's own voice, 1 inside another quotation, and so on
     */
    public record Quotation(Span marks, Span inside, int depth) {}

    private enum Kind { DOUBLE, SINGLE }

    /** @param opener the mark that opened it, which decides what closes it */
    private record Open(Kind kind, int at, int length, boolean atParagraphStart, char opener) {}

    private QuoteMarks() {}

    /** Quotations of {@code text} in text order (outer before inner), read paragraph by paragraph. */
    public static List<Quotation> find(String text, List<Span> paragraphs) {
        List<Quotation> found = new ArrayList<>();
        Deque<Open> carried = new ArrayDeque<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Deque<Open> open = read(text, paragraphs.get(p), carried, found);
            carried = new ArrayDeque<>();
            Span next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null;
            Open outermost = open.peekLast();
            if (outermost != null && outermost.kind() == Kind.DOUBLE) {
                if (next != null && opensWithDoubleMark(text, next)) {
                    carried.push(outermost);
                } else if (outermost.atParagraphStart()) {
                    int end = paragraphs.get(p).end();
                    found.add(new Quotation(new Span(outermost.at(), end), new Span(outermost.at() + outermost.length(), end), 0));
                }
            }
        }
        found.addAll(dashQuotations(text, paragraphs));
        found.sort((a, b) -> a.marks().start() != b.marks().start()
                ? Integer.compare(a.marks().start(), b.marks().start())
                : Integer.compare(b.marks().end(), a.marks().end()));
        return found;
    }

    /**
     * Dialogue dashes: a paragraph that opens with "— " or "– " and has a speech frame after the
     * quoted words ("— The fares will rise, she said.") quotes them, up to and with the punctuation
     * before the frame.
     */
    private static List<Quotation> dashQuotations(String text, List<Span> paragraphs) {
        List<Quotation> found = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            int start = paragraph.start();
            if (paragraph.length() < 4 || (text.charAt(start) != '\u2014' && text.charAt(start) != '\u2013')
                    || text.charAt(start + 1) != ' ') {
                continue;
            }
            for (int i = start + 2; i < paragraph.end(); i++) {
                char c = text.charAt(i);
                if ((c == ',' || c == '?' || c == '!' || c == '\u2014' || c == '\u2013')
                        && SpeechCues.after(text, i + 1, paragraph.end(), true) != null) {
                    found.add(new Quotation(new Span(start, i + 1), new Span(start + 2, i + 1), 0));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Reads one paragraph with {@code carried} (a quotation continued from the paragraph before)
     * open, adding the quotations that close to {@code found}; returns what is still open, innermost
     * first.
     */
    private static Deque<Open> read(String text, Span paragraph, Deque<Open> carried, List<Quotation> found) {
        Deque<Open> open = new ArrayDeque<>(carried);
        int i = paragraph.start();
        if (!carried.isEmpty()) {
            i += markLength(text, i); // the mark that reopens the continued quotation
        }
        while (i < paragraph.end()) {
            char c = text.charAt(i);
            int length = markLength(text, i);
            if (length == 0) {
                i++;
                continue;
            }
            boolean paired = length == 2;
            boolean canOpen = canOpen(text, i, paragraph, length);
            boolean canClose = canClose(text, i, paragraph, length);
            Open innermostDouble = innermost(open, Kind.DOUBLE);
            char openedBy = innermostDouble == null ? 0 : innermostDouble.opener();
            boolean atStart = i == paragraph.start();
            if (paired || c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
                boolean closes = switch (c) {
                    case '\u201C' -> openedBy == '\u201E' && canClose;
                    case '\u00AB' -> openedBy == '\u00BB' && canClose;
                    case '\u00BB' -> openedBy == '\u00AB' || innermostDouble != null && canClose;
                    case '\u201D' -> innermostDouble != null;
                    default -> false;
                };
                boolean opening = !closes && (c == '\u201C' || c == '\u201E' || c == '\u00AB' || (c == '`')
                        || (c == '\u00BB' || c == '\u201D') && canOpen && !canClose
                        || ((c == '"' || c == '\'') && !(innermostDouble != null && canClose) && canOpen));
                if (opening) {
                    open.push(new Open(Kind.DOUBLE, i, length, atStart, c));
                } else if (innermostDouble != null && (closes || c == '"' || c == '\'' || c == '`' || c == '\u00BB' || c == '\u201D')) {
                    close(open, Kind.DOUBLE, i, length, found);
                }
            } else if (!(isLetter(text, i - 1) && isLetter(text, i + 1))) {
                boolean singleOpen = hasOpenOnTop(open, Kind.SINGLE);
                boolean germanClose = c == '\u2018' && singleOpen && open.peek().opener() == '\u201A' && canClose;
                if (singleOpen && canClose && (c == '\u2019' || c == '\'' || germanClose)) {
                    close(open, Kind.SINGLE, i, 1, found);
                } else if ((c == '\u2018' || c == '\'' || c == '\u201A') && canOpen) {
                    open.push(new Open(Kind.SINGLE, i, 1, atStart, c));
                }
            }
            i += length;
        }
        // Single quotations still open were apostrophes.
        open.removeIf(o -> o.kind() == Kind.SINGLE);
        return open;
    }

    /** Closes the innermost open quotation of {@code kind}, dropping single ones opened inside it. */
    private static void close(Deque<Open> open, Kind kind, int at, int length, List<Quotation> found) {
        while (!open.isEmpty()) {
            Open top = open.pop();
            if (top.kind() == kind) {
                found.add(new Quotation(new Span(top.at(), at + length), new Span(top.at() + top.length(), at), open.size()));
                return;
            }
        }
    }

    private static Open innermost(Deque<Open> open, Kind kind) {
        for (Open o : open) {
            if (o.kind() == kind) {
                return o;
            }
        }
        return null;
    }

    /** Whether a quotation of {@code kind} is open and nothing of the other kind was opened inside it. */
    private static boolean hasOpenOnTop(Deque<Open> open, Kind kind) {
        return !open.isEmpty() && open.peek().kind() == kind;
    }

    /** Length of the quotation mark at {@code i}: 2 for {@code ''} and {@code ``}, 1 for one mark, 0 for none. */
    private static int markLength(String text, int i) {
        char c = text.charAt(i);
        if ((c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c) {
            return 2;
        }
        return switch (c) {
            case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2018', '\u2019', '\u201A', '\'' -> 1;
            default -> 0;
        };
    }

    private static boolean opensWithDoubleMark(String text, Span paragraph) {
        char c = text.charAt(paragraph.start());
        return c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u00BB' || markLength(text, paragraph.start()) == 2;
    }

    /** A mark opens where it follows white space or an opening bracket, dash or mark, and precedes a word. */
    private static boolean canOpen(String text, int i, Span paragraph, int length) {
        int after = i + length;
        boolean before = i == paragraph.start() || isOpener(text.charAt(i - 1));
        return before && after < paragraph.end() && !Character.isWhitespace(text.charAt(after));
    }

    /** A mark closes where it follows something other than white space. */
    private static boolean canClose(String text, int i, Span paragraph, int length) {
        int after = i + length;
        return i > paragraph.start() && !Character.isWhitespace(text.charAt(i - 1))
                && (after >= paragraph.end() || !Character.isLetterOrDigit(text.charAt(after)));
    }

    private static boolean isOpener(char c) {
        return Character.isWhitespace(c) || c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013' || c == '-'
                || c == '/' || c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u00BB' || c == '\u2018'
                || c == '\u201A' || c == '\'' || c == ':';
    }

    private static boolean isLetter(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }
}
