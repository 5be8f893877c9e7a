package org.rhetorica.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;


class CodePointsTest {
    // "a😀b😀c": the emoji take two UTF-16 units each.
    private final String text = "a\uD83D\uDE00b\uD83D\uDE00c";
    private final CodePoints codePoints = new CodePoints(text);

    @Test
    void convertsUtf16IndicesToCodePoints() {
        assertEquals(0, codePoints.toCodePoint(0));
        assertEquals(1, codePoints.toCodePoint(1));
        assertEquals(2, codePoints.toCodePoint(3));
        assertEquals(3, codePoints.toCodePoint(4));
        assertEquals(4, codePoints.toCodePoint(6));
        assertEquals(5, codePoints.toCodePoint(7));
    }

    @Test
    void convertsCodePointsToUtf16Indices() {
        for (int cp = 0; cp <= 5; cp++) {
            assertEquals(text.offsetByCodePoints(0, cp), codePoints.toUtf16(cp), "code point " + cp);
        }
        assertEquals(5, codePoints.codePointLength());
    }

    @Test
    void textWithoutSurrogatesConvertsToItself() {
        CodePoints plain = new CodePoints("\uFEFFplain text");
        assertEquals(7, plain.toCodePoint(7));
        assertEquals(7, plain.toUtf16(7));
    }

    @Test
    void refusesOffsetsOutsideTheText() {
        assertThrows(IndexOutOfBoundsException.class, () -> codePoints.toCodePoint(8));
        assertThrows(IndexOutOfBoundsException.class, () -> codePoints.toUtf16(6));
    }
}
