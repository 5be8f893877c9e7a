package org.rhetorica.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.text.Paragraphs;

class QuoteMarksTest {
    /** A quotation as the tests compare it: marks, inside, the inside's text and depth. */
    private record Seen(int start, int end, int insideStart, int insideEnd, String inside, int depth) {}

    private static List<Seen> quotations(String text) {
        Document doc = new Paragraphs().annotate(Document.of(text, Metadata.of("t", new Origin("t.txt", 0, text.length(), null))));
        return QuoteMarks.find(text, doc.layer(Paragraphs.LAYER)).stream()
                .map(q -> new Seen(q.marks().start(), q.marks().end(), q.inside().start(), q.inside().end(),
                        text.substring(q.inside().start(), q.inside().end()), q.depth()))
                .toList();
    }

    @Test
    void straightMarksOpenAfterSpaceAndCloseAfterAWord() {
        assertEquals(List.of(new Seen(9, 14, 10, 13, "yes", 0)), quotations("She said \"yes\" and left."));
    }

    @Test
    void curlyApostropheInsideAWordIsNoMarkAndSingleMarksQuoteOnTheirOwn() {
        assertEquals(List.of(new Seen(0, 12, 1, 11, "It\u2019s over,", 0), new Seen(22, 31, 23, 30, "Really?", 0)),
                quotations("\u201CIt\u2019s over,\u201D he said. \u2018Really?\u2019 she asked."));
    }

    @Test
    void singleMarksInsideDoubleOnesAreNested() {
        assertEquals(List.of(new Seen(0, 36, 1, 35, "He told me 'never again' and left,", 0),
                        new Seen(12, 25, 13, 24, "never again", 1)),
                quotations("\"He told me 'never again' and left,\" she said."));
    }

    @Test
    void possessivesElisionsAndContractionsAreNoQuotations() {
        assertEquals(List.of(), quotations("The voters' choice, the '90s and don't."));
    }

    @Test
    void typewriterPairsOfApostrophesAreDoubleMarks() {
        assertEquals(List.of(new Seen(0, 16, 2, 14, "We will see,", 0)), quotations("''We will see,'' the senator said."));
    }

    @Test
    void aQuotationRunsOnWhileEachParagraphOpensWithAMarkUntilOneCloses() {
        assertEquals(List.of(new Seen(0, 28, 1, 27, "First part.\n\n\u201CSecond part.", 0)),
                quotations("\u201CFirst part.\n\n\u201CSecond part.\u201D\n\nAfter."));
    }

    @Test
    void anUnclosedMarkRunsToItsParagraphsEndOnlyWhenItOpensTheParagraph() {
        assertEquals(List.of(new Seen(0, 39, 1, 39, "This paragraph never closes its quote.", 0)),
                quotations("\"This paragraph never closes its quote.\n\nHe said \"oops and then\n\nNext."));
    }

    @Test
    void germanMarksOpenLowAndCloseHigh() {
        assertEquals(List.of(new Seen(0, 13, 1, 12, "Wir kommen,", 0), new Seen(23, 30, 24, 29, "heute", 0)),
                quotations("\u201EWir kommen,\u201C sagte er \u201Aheute\u2018."));
    }

    @Test
    void guillemetsPointingInwardOrOutwardBothQuote() {
        assertEquals(List.of(new Seen(0, 9, 1, 8, "Bonjour", 0), new Seen(18, 23, 19, 22, "Tag", 0)),
                quotations("\u00ABBonjour\u00BB et puis \u00BBTag\u00AB."));
    }

    @Test
    void aDialogueDashQuotesUpToItsSpeechFrame() {
        assertEquals(List.of(new Seen(0, 29, 2, 29, "The fares will rise in May,", 0)),
                quotations("\u2014 The fares will rise in May, she said.\n\n\u2014 Just a list item."));
    }
}
