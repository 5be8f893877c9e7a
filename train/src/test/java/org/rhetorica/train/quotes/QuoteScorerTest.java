package org.rhetorica.train.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.Span;
import org.rhetorica.io.InvalidInputException;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.train.quotes.AttributionFiles.Article;
import org.rhetorica.train.quotes.AttributionFiles.Gold;
import org.rhetorica.train.quotes.QuoteScorer.Counts;

/** The attribution files and the scorer, on a made-up article annotated by hand. */
class QuoteScorerTest {
    private static final Path CORPUS = Path.of("train/src/test/resources/quotes/polnear-mini");

    @Test
    void readsTheFirstAnnotatorsAttributionsWithDiscontinuousContentsAndSkipsThoseWithoutContent() {
        List<Article> articles = AttributionFiles.read(CORPUS);
        assertEquals(1, articles.size());
        Article article = articles.get(0);
        assertEquals("elling-bridge", article.name());
        assertEquals("b2c3", article.annotator(), "of two annotators, the one whose id sorts first");
        assertEquals(List.of(
                new Gold(List.of(new Span(44, 74)), List.of(new Span(39, 43)), List.of(new Span(23, 38))),
                new Gold(List.of(new Span(76, 97), new Span(118, 137)), List.of(new Span(102, 116)), List.of(new Span(98, 101))),
                new Gold(List.of(new Span(150, 166)), List.of(new Span(146, 149)), List.of(new Span(138, 145))),
                new Gold(List.of(new Span(196, 215)), List.of(new Span(189, 195)), List.of(new Span(168, 188)))),
                article.attributions());
    }

    @Test
    void spanTextsWithLineBreaksAreSkippedAndBadOffsetsNameTheirLine() {
        assertEquals(List.of(new Gold(List.of(new Span(0, 9)), List.of(), List.of())),
                AttributionFiles.parse(List.of("T1\tContent 0 9\tfirst", "line of the span", "E1\tAttribution:T1 Content:T1"),
                        Path.of("x.ann"), 20));
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> AttributionFiles.parse(List.of("T1\tContent 4 40\ttext"), Path.of("x.ann"), 20));
        assertTrue(error.getMessage().startsWith("x.ann line 1: bad offsets '4 40'"), error.getMessage());
    }

    /**
     * Gold: A1 "the bridge would reopen in May" (Mayor Vera Lind), A2 the split quotation (she, direct),
     * A3 "the work is late" (Critics), A4 "the plan "reckless"" (rest: under half in marks).
     * Predicted: Q1 covers 23 of A1's 30 characters and names "Vera Lind" without a mention; Q2a and
     * Q2b share a cue, so they are one prediction covering 35 of A2's 40 characters, with mention
     * "she"; Q3 covers A3 whole but names no one; a mention is ignored; Q5 covers no gold content.
     * Direct: 1 of 1 predicted and 1 of 1 gold matched, speaker 1 of 1. Rest: Q1, Q3, Q5 predicted,
     * A1, A3, A4 gold, 2 matched each way: P = R = F1 = 2/3; speakers: Q1 right by name, Q3 wrong.
     */
    @Test
    void scoresContentsByHalfTheGoldAndSpeakersByMentionOrName() {
        Article article = AttributionFiles.read(CORPUS).get(0);
        Document doc = new Paragraphs().annotate(Document.of(article.text(),
                Metadata.of(article.name(), new Origin("t.txt", 0, article.text().length(), null))));
        Span toldReporters = new Span(102, 116);
        List<Quote> quotes = List.of(
                new Quote(44, 67, Quote.Kind.INDIRECT, new Span(39, 43), null, "Vera Lind", null),
                new Quote(77, 95, Quote.Kind.DIRECT, toldReporters, new Span(98, 101), "Vera Lind", null),
                new Quote(119, 136, Quote.Kind.DIRECT, toldReporters, new Span(98, 101), "Vera Lind", null),
                new Quote(150, 166, Quote.Kind.INDIRECT, new Span(146, 149), null, null, null),
                new Quote(206, 214, Quote.Kind.MENTION, null, null, null, null),
                new Quote(23, 43, Quote.Kind.INDIRECT, null, null, null, null));
        QuoteScorer.Score score = QuoteScorer.score(doc, article.attributions(), quotes);
        assertEquals(new Counts(1, 1, 1, 1, 1, 1), score.direct());
        assertEquals(new Counts(3, 3, 2, 2, 2, 1), score.rest());
        assertEquals(0.75, score.all().precision(), 1e-9);
        assertEquals(0.75, score.all().recall(), 1e-9);
        assertEquals(0.75, score.all().f1(), 1e-9);
        assertEquals(2.0 / 3, score.all().speakerAccuracy(), 1e-9);
        assertEquals(2.0 / 3, score.rest().f1(), 1e-9);
        assertEquals(0.5, score.rest().speakerAccuracy(), 1e-9);
    }
}
