package org.rhetorica.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
    private static final Layer<Span> WORDS = Layer.written("words", Span.class);
    private final Document doc = Document.of("One two three.", Metadata.of("d1", new Origin("f.txt", 0, 14, null)));

    @Test
    void layersAreSortedAndAdditionLeavesTheOriginalAlone() {
        Document withWords = doc.with(WORDS, List.of(new Span(8, 13), new Span(0, 3), new Span(4, 7)));
        assertEquals(List.of(new Span(0, 3), new Span(4, 7), new Span(8, 13)), withWords.layer(WORDS));
        assertEquals("two", withWords.text(withWords.layer(WORDS).get(1)));
        assertTrue(doc.layer(WORDS).isEmpty());
    }

    @Test
    void spansInsideARange() {
        Document withWords = doc.with(WORDS, List.of(new Span(0, 3), new Span(4, 7), new Span(8, 13)));
        assertEquals(List.of(new Span(4, 7), new Span(8, 13)), withWords.layer(WORDS, new Span(4, 14)));
    }

    @Test
    void refusesSpansOutsideTheText() {
        var error = assertThrows(IllegalArgumentException.class, () -> doc.with(WORDS, List.of(new Span(10, 15))));
        assertEquals("words span [10, 15) lies outside document d1 of length 14", error.getMessage());
    }

    @Test
    void refusesSpansThatCutASurrogatePair() {
        Document emoji = Document.of("a\uD83D\uDE00b", Metadata.of("e", new Origin("-", 0, 3, null)));
        assertThrows(IllegalArgumentException.class, () -> emoji.with(WORDS, List.of(new Span(0, 2))));
    }

    public record Cued(int start, int end, Span cue) implements Spanned {}

    @Test
    void refusesNestedSpansOutsideTheText() {
        Layer<Cued> cued = Layer.written("cued", Cued.class);
        var error = assertThrows(IllegalArgumentException.class,
                () -> doc.with(cued, List.of(new Cued(0, 3, new Span(12, 20)))));
        assertEquals("cued span [12, 20) lies outside document d1 of length 14", error.getMessage());
    }

    @Test
    void spansRefuseBackwardRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
    }
}
