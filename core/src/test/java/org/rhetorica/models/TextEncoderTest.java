package org.rhetorica.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Span;

class TextEncoderTest {
    private static TextEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = TextEncoder.load(new EncoderSpec("all-minilm-l6-v2-q", 2, 16, 4, 1));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void tokenOffsetsAreUtf16IndicesEvenAfterAstralCharacters() {
        String text = "\uD83D\uDE00 Smile, Ana\u00EFs!";
        EncodedText encoded = encoder.encode(text, List.of());
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < encoded.size(); i++) {
            pieces.add(text.substring(encoded.start(i), encoded.end(i)));
        }
        // The emoji is unknown to the vocabulary but still a token of its own, two UTF-16 units long.
        assertEquals("\uD83D\uDE00", pieces.get(0));
        assertEquals(List.of("Smile", ","), pieces.subList(1, 3));
        assertEquals("!", pieces.get(pieces.size() - 1));
        assertEquals(384, encoded.dim());
        assertEquals(0, encoded.word(0));
        assertEquals(encoded.word(3), encoded.word(4), "pieces of one word share its number");
    }

    @Test
    void windowsBreakAtSentenceStartsAndNeverExceedTheirSize() {
        // Ten tokens at 0, 10, 20, ...; sentences start at tokens 0, 4 and 9; five tokens fit a window.
        int[] starts = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90};
        List<Span> sentences = List.of(new Span(0, 35), new Span(40, 85), new Span(90, 95));
        List<int[]> windows = TextEncoder.windows(starts, sentences, 5);
        assertEquals(3, windows.size());
        assertArrayEquals(new int[] {0, 4}, windows.get(0));
        assertArrayEquals(new int[] {4, 9}, windows.get(1));
        assertArrayEquals(new int[] {9, 10}, windows.get(2));
        // A sentence longer than a window is cut at the window's size.
        List<int[]> cut = TextEncoder.windows(starts, List.of(new Span(0, 95)), 4);
        assertEquals(List.of("0-4", "4-8", "8-10"), cut.stream().map(w -> w[0] + "-" + w[1]).toList());
    }

    @Test
    void longTextsGiveOneVectorPerTokenAcrossWindows() {
        String text = "Word ".repeat(100);
        EncodedText encoded = encoder.encode(text, List.of());
        assertEquals(100, encoded.size());
        assertEquals(0, encoded.start(0));
        assertEquals(499, encoded.end(99));
        // Every window's vectors were filled in: no token is left all zeros.
        for (int token = 0; token < encoded.size(); token++) {
            float norm = 0;
            for (int d = 0; d < encoded.dim(); d++) {
                norm += Math.abs(encoded.value(token, d));
            }
            assertTrue(norm > 0, "token " + token + " has a vector");
        }
    }
}
