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

/** The quotes layer as analysis makes it: the standard pipeline with the shipped tagger, no entities layer; fixtures made up. */
class QuotesTest {
    private static final Quote.Kind DIRECT = Quote.Kind.DIRECT;
    private static final Quote.Kind INDIRECT = Quote.Kind.INDIRECT;
    private static final Quote.Kind TURN = Quote.Kind.TURN;

    private static Resources resources;
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        resources = Resources.defaults();
        pipeline = Pipeline.standard(resources, Set.of());
    }

    @AfterAll
    static void close() {
        resources.close();
    }

    private static List<Seen> quotes(String text) {
        Document doc = pipeline.annotate(Document.of(text, Metadata.of("fixture", new Origin("fixture.txt", 0,
                text.codePointCount(0, text.length()), null))));
        return seen(doc, doc.layer(Quote.LAYER));
    }

    @Test
    void aQuoteSplitAroundItsCueIsTwoQuotesOfThePersonAPronounNamesTwoSentencesEarlier() {
        String text = "Hilde Moraes chairs the allotment society in Brennvik. Its members met on Thursday.\n\n"
                + "\"We will share the pumps,\" she said, \"and every plot gets the same hours.\"\n";
        assertEquals(List.of(
                seen(86, 109, "We will share the pumps", DIRECT, "said", "she", "Hilde Moraes"),
                seen(123, 158, "and every plot gets the same hours.", DIRECT, "said", "she", "Hilde Moraes")),
                quotes(text));
    }

    @Test
    void aSurnameAloneNamesTheFullName() {
        String text = "Mayor Jonas Ekdahl opened the new footbridge on Saturday.\n\n"
                + "\"It took four years, but the river can finally be crossed on foot,\" Ekdahl said.\n";
        assertEquals(List.of(
                seen(60, 124, "It took four years, but the river can finally be crossed on foot", DIRECT, "said", "Ekdahl",
                        "Jonas Ekdahl")),
                quotes(text));
    }

    @Test
    void aQuoteOverParagraphsOpeningWithAMarkIsOneQuoteWhoseOwnSentencesDoNotHideItsSpeaker() {
        String text = "Jonas Ekdahl, the mayor of Brennvik, spoke after the opening.\n\n"
                + "\u201CThe old ferry carried forty people an hour. The bridge carries that many in a minute.\n\n"
                + "\u201CWe built it for the next fifty years, not for the next election,\u201D he said.\n";
        assertEquals(List.of(
                seen(64, 215, "The old ferry carried forty people an hour. The bridge carries that many in a minute.\n\n"
                        + "\u201CWe built it for the next fifty years, not for the next election", DIRECT, "said", "he",
                        "Jonas Ekdahl")),
                quotes(text));
    }

    @Test
    void aTweetIsAQuoteOfItsAuthor() {
        String text = "\u201CThe bridge is a gift to every cyclist in the valley,\u201D Councillor Runa Falk tweeted on Sunday.\n";
        assertEquals(List.of(
                seen(1, 52, "The bridge is a gift to every cyclist in the valley", DIRECT, "tweeted", "Councillor Runa Falk",
                        "Runa Falk")),
                quotes(text));
    }

    @Test
    void accordingToAnOrganisationAttributesWhatFollowsToIt() {
        assertEquals(List.of(
                seen(39, 87, "the reservoir is half full after the dry summer.", INDIRECT, "According to",
                        "the Brennvik Water Board", "Brennvik Water Board")),
                quotes("According to the Brennvik Water Board, the reservoir is half full after the dry summer.\n"));
        assertEquals(List.of(
                seen(40, 78, "the pumps can run for six hours a day.", DIRECT, "According to",
                        "the Brennvik Water Board", "Brennvik Water Board")),
                quotes("According to the Brennvik Water Board, \u201Cthe pumps can run for six hours a day.\u201D\n"));
    }

    @Test
    void aScareQuoteIsAMentionOfNoOne() {
        assertEquals(List.of(seen(15, 29, "green corridor", Quote.Kind.MENTION, null, null, null)),
                quotes("The so-called \"green corridor\" along the river will open in May.\n"));
    }

    @Test
    void interviewTurnsAreQuotesOfTheirSpeakersQuestionsAsMuchAsAnswers() {
        String text = "Rivers and bridges: an interview with Dr. Lotta Brandt\n\n"
                + "Interviewer: Pavel Novak.\n\n"
                + "Pavel Novak: Dr. Brandt, why did the town need a second bridge?\n\n"
                + "Lotta Brandt: Because the first one closes every spring flood. A town cannot live on one road.\n\n"
                + "PN: Was it worth the cost?\n\n"
                + "LB: Every crossing saved is an hour given back to someone.\n";
        assertEquals(List.of(
                seen(96, 146, "Dr. Brandt, why did the town need a second bridge?", TURN, null, "Pavel Novak", "Pavel Novak"),
                seen(162, 242, "Because the first one closes every spring flood. A town cannot live on one road.", TURN, null,
                        "Lotta Brandt", "Lotta Brandt"),
                seen(248, 270, "Was it worth the cost?", TURN, null, "PN", "Pavel Novak"),
                seen(276, 330, "Every crossing saved is an hour given back to someone.", TURN, null, "LB", "Lotta Brandt")),
                quotes(text), "one quote per turn, none from the labels");
    }

    @Test
    void forumPostsAreQuotesOfTheirAuthorsNamedByTheHandleInTheirHeader() {
        String text = "Should the footbridge be lit all night?\n"
                + "submitted 3 hours ago by night_owl_44 to c/brennvik\n"
                + "arrow-up 12 arrow-down\n"
                + "I cross it after my late shift and the far end is completely dark.\n"
                + "reply link\n"
                + "heron_watcher 7 points 2 hours ago\n"
                + "Lights at night confuse the birds nesting under the bridge.\n"
                + "reply link\n"
                + "night_owl_44 4 points 1 hour ago\n"
                + "Then use dim lights pointed at the path.\n"
                + "reply link\n";
        assertEquals(List.of(
                seen(115, 181, "I cross it after my late shift and the far end is completely dark.", TURN, null, "night_owl_44",
                        "night_owl_44"),
                seen(228, 287, "Lights at night confuse the birds nesting under the bridge.", TURN, null, "heron_watcher",
                        "heron_watcher"),
                seen(332, 372, "Then use dim lights pointed at the path.", TURN, null, "night_owl_44", "night_owl_44")),
                quotes(text));
    }
}
