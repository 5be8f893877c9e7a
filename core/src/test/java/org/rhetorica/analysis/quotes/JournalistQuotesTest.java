package org.rhetorica.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rhetorica.analysis.quotes.QuoteFixtures.seen;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rhetorica.analysis.quotes.QuoteFixtures.Seen;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;

/** Quotes as journalists write them: over several paragraphs, in runs, in other languages' marks, after a dash. */
class JournalistQuotesTest {
    private static Resources resources;
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        resources = Resources.defaults();
        pipeline = Pipeline.standard(resources, Set.of("techniques"));
    }

    @AfterAll
    static void close() {
        resources.close();
    }

    static List<Seen> quotes(String text) {
        Document doc = pipeline.annotate(Document.of(text, Metadata.of("fixture", new Origin("fixture.txt", 0,
                text.codePointCount(0, text.length()), null))));
        return seen(doc, doc.layer(Quote.LAYER));
    }

    private static final Quote.Kind DIRECT = Quote.Kind.DIRECT;

    @Test
    void aQuotationOverSeveralParagraphsBelongsToItsSpeakerToTheEnd() {
        String text = "The harbour master, Ilse Litvinov, spoke after the vote on Tuesday.\n\n"
                + "\"The pier has stood for a century,\" Litvinov said. \"It will stand for another if we look after it.\n\n"
                + "\"Nobody on the council wants to see it fall into the sea.\n\n"
                + "\"We owe that much to the fishermen who built it.\"\n\n"
                + "The council will meet again in May.\n";
        assertEquals(List.of(
                seen(70, 102, "The pier has stood for a century", DIRECT, "said", "Litvinov", "Ilse Litvinov"),
                seen(121, 276, "It will stand for another if we look after it.\n\n\"Nobody on the council wants to see it fall into the sea."
                        + "\n\n\"We owe that much to the fishermen who built it.", DIRECT, "said", "Litvinov", "Ilse Litvinov")),
                quotes(text));
    }

    @Test
    void consecutiveQuotedParagraphsAreAttributedOnceUntilAnotherSpeakerIsIntroduced() {
        String text = "The harbour master, Ilse Litvinov, spoke after the vote on Tuesday.\n\n"
                + "\"The pier has stood for a century,\" Litvinov said.\n\n"
                + "\"The next paragraph says that repairs start in spring.\"\n\n"
                + "\"And another one adds that the fishermen will help.\"\n\n"
                + "Tomas Berg, who runs the ferry, disagreed.\n\n"
                + "\"It is a waste of money,\" he said.\n";
        assertEquals(List.of(
                seen(70, 102, "The pier has stood for a century", DIRECT, "said", "Litvinov", "Ilse Litvinov"),
                seen(122, 175, "The next paragraph says that repairs start in spring.", DIRECT, "said", "Litvinov", "Ilse Litvinov"),
                seen(179, 229, "And another one adds that the fishermen will help.", DIRECT, "said", "Litvinov", "Ilse Litvinov"),
                seen(277, 299, "It is a waste of money", DIRECT, "said", "he", "Tomas Berg")),
                quotes(text));
    }

    @Test
    void germanMarksAndGuillemetsEitherWayQuote() {
        String text = "The mayor, Jonas Ekdahl, was in a hurry on Tuesday.\n\n"
                + "\u201EThe bridge opens in May\u201C, said Ekdahl. \u00BBNot a day later,\u00AB he added.\n\n"
                + "\u00ABThe cars will have to wait,\u00BB said Ekdahl.\n";
        assertEquals(List.of(
                seen(54, 77, "The bridge opens in May", DIRECT, "said", "Ekdahl", "Jonas Ekdahl"),
                seen(94, 109, "Not a day later", DIRECT, "added", "he", "Jonas Ekdahl"),
                seen(124, 150, "The cars will have to wait", DIRECT, "said", "Ekdahl", "Jonas Ekdahl")),
                quotes(text));
    }

    @Test
    void aDashIntroducesAQuoteInTheDialogueConvention() {
        String text = "Mara Quist runs the ferry company.\n\n\u2014 The fares will rise in May, she said.\n\n"
                + "\u2014 A list item, not a quote.\n";
        assertEquals(List.of(seen(38, 64, "The fares will rise in May", DIRECT, "said", "she", "Mara Quist")), quotes(text));
    }
}
