package org.rhetorica.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanMarkupTest {
    private static Mark mark(int start, int end, int rank, String name) {
        return new Mark(start, end, rank, "<span " + name + ">");
    }

    private static String write(String text, List<Mark> marks, int[] points, int[]... stretches) {
        SpanMarkup markup = new SpanMarkup(text, marks, points, "|");
        StringBuilder out = new StringBuilder();
        for (int[] stretch : stretches) {
            markup.append(out, stretch[0], stretch[1]);
            out.append('/');
        }
        return out.toString();
    }

    @Test
    void nestedMarksBecomeNestedElements() {
        // "one two three": a over all of it, b over "two".
        String html = write("one two three", List.of(mark(4, 7, 0, "b"), mark(0, 13, 0, "a")), new int[0], new int[] {0, 13});
        assertEquals("<span a>one <span b>two</span> three</span>/", html);
    }

    @Test
    void crossingMarksAreCutAndReopenedSoThatEveryCharacterShowsEveryMark() {
        // a covers "one two", b covers "two three": "two" is in both.
        String html = write("one two three", List.of(mark(0, 7, 0, "a"), mark(4, 13, 0, "b")), new int[0], new int[] {0, 13});
        assertEquals("<span a>one <span b>two</span></span><span b> three</span>/", html);
    }

    @Test
    void ofTwoMarksOfTheSameExtentTheLowerRankGoesOutside() {
        String html = write("word", List.of(mark(0, 4, 2, "inner"), mark(0, 4, 0, "outer")), new int[0], new int[] {0, 4});
        assertEquals("<span outer><span inner>word</span></span>/", html);
    }

    @Test
    void anInnerMarkThatOutlivesItsParentIsReopenedOutsideIt() {
        // a = "ab", b = "bcd" starts inside a and ends after it; c = "c" sits inside b.
        String html = write("abcd", List.of(mark(0, 2, 0, "a"), mark(1, 4, 0, "b"), mark(2, 3, 0, "c")), new int[0],
                new int[] {0, 4});
        assertEquals("<span a>a<span b>b</span></span><span b><span c>c</span>d</span>/", html);
    }

    @Test
    void marksAreCutAtStretchEndsAndTextBetweenStretchesIsLeftOut() {
        // Two paragraphs "ab" and "cd" with "\n\n" between; a mark runs from "b" to "c", another lies in the gap.
        String html = write("ab\n\ncd", List.of(mark(1, 5, 0, "m"), mark(2, 4, 0, "gap")), new int[0],
                new int[] {0, 2}, new int[] {4, 6});
        assertEquals("a<span m>b</span>/<span m>c</span>d/", html);
    }

    @Test
    void pointsGoBetweenClosedAndOpenedMarksAndPointsOutsideStretchesAreDropped() {
        String html = write("ab cd", List.of(mark(0, 2, 0, "x"), mark(3, 5, 0, "y")), new int[] {0, 2, 3},
                new int[] {0, 2}, new int[] {3, 5});
        assertEquals("|<span x>ab</span>/|<span y>cd</span>/", html);
    }

    @Test
    void textIsEscapedAndEmptyMarksAreIgnored() {
        String html = write("<b>&", List.of(mark(1, 1, 0, "empty"), mark(0, 3, 0, "m")), new int[0], new int[] {0, 4});
        assertEquals("<span m>&lt;b&gt;</span>&amp;/", html);
    }
}
