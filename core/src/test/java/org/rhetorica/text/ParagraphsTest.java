package org.rhetorica.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
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
    void shortLinesWithoutAnyBlankLineAreParagraphsEach() {
        String text = "Thread title\ntram_fan 31 points 4 hours ago\nFully agree.\nreply link\n";
        assertEquals(List.of(new Span(0, 12), new Span(13, 43), new Span(44, 56), new Span(57, 67)), Paragraphs.split(text));
    }

    @Test
    void keepsTheTrimmedLinesAsAWorkingLayer() {
        String text = "  First line\nsecond line \n\nthird\n";
        Document doc = new Paragraphs().annotate(Document.of(text, Metadata.of("d", new Origin("-", 0, text.length(), null))));
        assertEquals(List.of(new Span(2, 12), new Span(13, 24), new Span(27, 32)), doc.layer(Paragraphs.LINES));
        assertFalse(Paragraphs.LINES.written());
    }

    @Test
    void emptyAndBlankTextsHaveNoParagraphs() {
        assertEquals(List.of(), Paragraphs.split(""));
        assertEquals(List.of(), Paragraphs.split(" \n\t\n"));
    }
}
