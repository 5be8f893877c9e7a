package org.rhetorica.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Span;

class ParagraphsTest {
    @Test
    void oneParagraphPerLineWhenLinesAreLong() {
        String text = "Title line\n\nFirst paragraph is on one line.\nSecond paragraph follows directly.\n";
        assertEquals(List.of(new Span(0, 10), new Span(12, 43), new Span(44, 78)), Paragraphs.split(text));
    }

    @Test
    void blocksOfShortLinesAreOneParagraphInHardWrappedText() {
        String text = "The first block is\nwrapped by hand.\n\nThe second block\nis wrapped too.\n\n  Third block\nends here.  \n";
        List<Span> paragraphs = Paragraphs.split(text);
        assertEquals(3, paragraphs.size());
        assertEquals("The first block is\nwrapped by hand.", text.substring(paragraphs.get(0).start(), paragraphs.get(0).end()));
        assertEquals("Third block\nends here.", text.substring(paragraphs.get(2).start(), paragraphs.get(2).end()));
    }

    @Test
    void emptyAndBlankTextsHaveNoParagraphs() {
        assertEquals(List.of(), Paragraphs.split(""));
        assertEquals(List.of(), Paragraphs.split(" \n\t\n"));
    }
}
