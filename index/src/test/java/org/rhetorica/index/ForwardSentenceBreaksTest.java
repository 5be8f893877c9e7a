package org.rhetorica.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ForwardSentenceBreaksTest {
    private static final String TEXT = "Dr. Ansel Marr said on Tuesday: \"The ferry will run.\" Will it? Nobody knows!\n\n"
            + "MARSTAD — The council met at 9 a.m. to vote (again). Its members, e.g. Ms. Lind, disagreed...\n"
            + "A list: 1. bread 2. water. U.S. officials wrote \u201cno comment.\u201d Then they left";

    @Test
    void answersEveryOffsetFromTheJdksBoundaries() {
        List<Integer> boundaries = jdkForward(TEXT);
        assertEquals(List.of(0, 4, 54, 63, 78, 131, 149, 153, 172, 199, 234, 248), boundaries);
        for (int offset = 0; offset <= TEXT.length(); offset++) {
            ForwardSentenceBreaks breaks = new ForwardSentenceBreaks();
            breaks.setText(TEXT);
            int at = offset;
            int following = boundaries.stream().filter(b -> b > at).findFirst().orElse(BreakIterator.DONE);
            assertEquals(following, breaks.following(offset), "following " + offset);
            int preceding = boundaries.stream().filter(b -> b < at).reduce((a, b) -> b).orElse(BreakIterator.DONE);
            assertEquals(preceding, breaks.preceding(offset), "preceding " + offset);
        }
    }

    /**
     * The JDK's own {@code preceding} answers 46 here, inside "U.S.;", a boundary its forward walk
     * does not find; the highlighter then began a snippet with ".; ". Going forward, the sentence begins at 0.
     */
    @Test
    void findsNoBoundaryTheForwardWalkDoesNot() {
        String text = "Mayor says praise from the board helps the U.S.; \nAfter ferry debate, council for rival party holds "
                + "spotlight.\n\nABSTRACT.\n\nEven the day after a ferry debate, the council was busy.";
        ForwardSentenceBreaks breaks = new ForwardSentenceBreaks();
        breaks.setText(text);
        assertEquals(0, breaks.preceding(65));
        assertEquals(112, breaks.following(65));
        assertEquals(List.of(0, 112, 123, 179), jdkForward(text));
    }

    @Test
    void walksForwardAndBackAsTheJdkDoes() {
        BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
        jdk.setText(TEXT);
        ForwardSentenceBreaks forward = new ForwardSentenceBreaks();
        forward.setText(TEXT);
        assertEquals(walk(jdk), walk(forward));
        assertEquals(jdk.last(), forward.last());
        assertEquals(BreakIterator.DONE, forward.next());
        assertEquals(jdk.next(-2), forward.next(-2));
        assertEquals(jdk.current(), forward.current());
        assertThrows(IllegalArgumentException.class, () -> forward.following(TEXT.length() + 1));
    }

    private static List<Integer> jdkForward(String text) {
        BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
        jdk.setText(text);
        List<Integer> boundaries = new ArrayList<>();
        for (int b = jdk.first(); b != BreakIterator.DONE; b = jdk.next()) {
            boundaries.add(b);
        }
        return boundaries;
    }

    /** Every boundary forward, then every one back, then two forward again. */
    private static List<Integer> walk(BreakIterator breaks) {
        List<Integer> seen = new ArrayList<>();
        seen.add(breaks.first());
        for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
            seen.add(b);
        }
        for (int b = breaks.previous(); b != BreakIterator.DONE; b = breaks.previous()) {
            seen.add(b);
        }
        seen.add(breaks.next(2));
        return seen;
    }
}
