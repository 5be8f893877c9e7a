package org.rhetorica.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.Span;
import org.rhetorica.text.Post;
import org.rhetorica.text.Turn;


class SpeakersTest {
    //                                 0         1         2         3         4         5         6         7
    //                                 0123456789012345678901234567890123456789012345678901234567890123456789012345
    private static final String TEXT = "AB: We lost. \"They cheated,\" said Cole. Still, we lost.\nfan_42 5 points\nRigged!";

    private static Document doc() {
        return Document.of(TEXT, Metadata.of("d", new Origin("-", 0, TEXT.length(), null)))
                .with(Turn.LAYER, List.of(new Turn(4, 55, "Ann Brook", Turn.Role.INTERVIEWEE, new Span(0, 3))))
                .with(Quote.LAYER, List.of(
                        new Quote(4, 55, Quote.Kind.TURN, null, null, "Ann Brook", null),
                        new Quote(14, 27, Quote.Kind.DIRECT, new Span(29, 33), new Span(34, 38), "Cole Hart", null)))
                .with(Post.LAYER, List.of(new Post(72, 79, null, null, 0, "fan_42", null, null, null, 5)));
    }

    @Test
    void aSpanInsideADirectQuoteInsideATurnBelongsToTheQuotedSpeaker() {
        assertEquals("Cole Hart", Speakers.at(doc(), new Span(19, 26)));
    }

    @Test
    void aSpanInsideAnIndirectQuoteInATurnIsInTheWordsOfWhoeverReportsIt() {
        //                   0         1         2
        //                   012345678901234567890123456
        String reported = "AB: Cole said they cheated.";
        Document doc = Document.of(reported, Metadata.of("r", new Origin("-", 0, reported.length(), null)))
                .with(Turn.LAYER, List.of(new Turn(4, 27, "Ann Brook", Turn.Role.INTERVIEWEE, new Span(0, 3))))
                .with(Quote.LAYER, List.of(
                        new Quote(4, 27, Quote.Kind.TURN, null, new Span(0, 2), "Ann Brook", null),
                        new Quote(14, 26, Quote.Kind.INDIRECT, new Span(9, 13), new Span(4, 8), "Cole Hart", null)));
        assertEquals("Ann Brook", Speakers.at(doc, new Span(19, 26)));
    }

    @Test
    void aSpanInsideAnIndirectQuoteInTheArticlesOwnVoiceBelongsToTheReportedSpeaker() {
        //                   0         1         2         3
        //                   0123456789012345678901234567890123
        String reported = "The mayor said critics were liars.";
        Document doc = Document.of(reported, Metadata.of("r", new Origin("-", 0, reported.length(), null)))
                .with(Quote.LAYER, List.of(new Quote(15, 33, Quote.Kind.INDIRECT, new Span(10, 14), new Span(0, 9), "Mayor Ode", null)));
        assertEquals("Mayor Ode", Speakers.at(doc, new Span(28, 33)));
        assertNull(Speakers.at(doc, new Span(4, 9)));
    }

    @Test
    void aSpanInTheTurnOutsideTheQuoteBelongsToTheInterviewee() {
        assertEquals("Ann Brook", Speakers.at(doc(), new Span(41, 46)));
    }

    @Test
    void aSpanInAPostBelongsToItsAuthorAndOneOutsideEverythingToNobody() {
        assertEquals("fan_42", Speakers.at(doc(), new Span(72, 78)));
        assertNull(Speakers.at(doc(), new Span(56, 62)));
    }
}
