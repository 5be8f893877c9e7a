package org.rhetorica.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rhetorica.analysis.quotes.QuoteFixtures.find;
import static org.rhetorica.analysis.quotes.QuoteFixtures.seen;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.analysis.quotes.AttributionTagger.Role;
import org.rhetorica.analysis.quotes.AttributionTagger.Tagged;
import org.rhetorica.analysis.quotes.QuoteFixtures.Seen;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;

/** Quotes from quotation marks, speech frames and given tagger output; fixtures made up. */
class QuoteFinderTest {
    private static final Quote.Kind DIRECT = Quote.Kind.DIRECT;
    private static final Quote.Kind INDIRECT = Quote.Kind.INDIRECT;
    private static final Quote.Kind MENTION = Quote.Kind.MENTION;

    private static final String LIBRARY = "Director Petra Nyholm presented the library's new timetable on Monday. The changes take effect in May.\n\n"
            + "\"We will open on Sundays,\" she said, \"and the reading room will stay open until nine.\"\n\n"
            + "Critics called the plan a \"luxury\" that the town cannot afford. The council's newsletter, \"Elling Today\", "
            + "printed the timetable in full.\n\n"
            + "\"Nobody asked for 'longer hours' at the meeting, and that's the truth,\" said Marta Ilves, who chairs the readers' club.\n";

    private static final String HARBOR = "Mayor Tomas Berglund defended the budget on Tuesday.\n\n"
            + "\u201CWe have cut what we could. The pier costs more every winter.\n\n"
            + "\u201CNobody wants to close it, but nobody has found the money either,\u201D Berglund said.\n\n"
            + "\u201CThe ferry is our road,\u201D Councillor Aino Rask tweeted after the vote.\n\n"
            + "According to the Port Elling Harbor Authority, \u201Cthe repairs would take three summers.\u201D\n";

    private static final String MUSEUM = "Anders Holm, the museum's director, spoke to reporters on Wednesday. Visitors have waited two years.\n\n"
            + "\"The museum will reopen in June,\" he said.\n\n"
            + "\"We will appeal,\" the ministry said.\n";

    private static List<Seen> quotes(String text) {
        Document doc = QuoteFixtures.document(text);
        return seen(doc, QuoteFixtures.quotes(doc, List.of()));
    }

    @Test
    void aQuotationSplitAroundItsCueIsTwoQuotesSharingCueAndSpeakerNamedTwoSentencesEarlier() {
        List<Seen> quotes = quotes(LIBRARY);
        assertEquals(List.of(
                seen(105, 128, "We will open on Sundays", DIRECT, "said", "she", "Petra Nyholm"),
                seen(142, 189, "and the reading room will stay open until nine.", DIRECT, "said", "she", "Petra Nyholm")),
                quotes.subList(0, 2), "\"May\" alone is no name; the title Director is no part of one");
        assertEquals(find(LIBRARY, "said", 1), cueOf(LIBRARY, 0));
        assertEquals(cueOf(LIBRARY, 0), cueOf(LIBRARY, 1), "one cue, the same span");
    }

    @Test
    void scareQuotesAndTitlesAreMentionsAndNestedMarksAndApostrophesKeepAQuotationWhole() {
        assertEquals(List.of(
                seen(219, 225, "luxury", MENTION, null, null, null),
                seen(283, 295, "Elling Today", MENTION, null, null, null),
                seen(331, 399, "Nobody asked for 'longer hours' at the meeting, and that's the truth", DIRECT, "said",
                        "Marta Ilves", "Marta Ilves")),
                quotes(LIBRARY).subList(2, 5));
    }

    @Test
    void aQuotationOverParagraphsIsOneQuoteAndASurnameNamesTheFullName() {
        assertEquals(List.of(
                seen(55, 181, "We have cut what we could. The pier costs more every winter.\n\n\u201CNobody wants to close it, "
                        + "but nobody has found the money either", DIRECT, "said", "Berglund", "Tomas Berglund"),
                seen(201, 222, "The ferry is our road", DIRECT, "tweeted", "Councillor Aino Rask", "Aino Rask"),
                seen(319, 356, "the repairs would take three summers.", DIRECT, "According to", "the Port Elling Harbor Authority",
                        "Port Elling Harbor Authority")),
                quotes(HARBOR));
    }

    @Test
    void withoutEntitiesSpeakersAreResolvedLightly() {
        assertEquals(List.of(
                seen(103, 133, "The museum will reopen in June", DIRECT, "said", "he", "Anders Holm"),
                seen(147, 161, "We will appeal", DIRECT, "said", "the ministry", "ministry")),
                quotes(MUSEUM));
    }

    @Test
    void entitiesCoveringTheSpeakerMentionNameTheSpeaker() {
        Document doc = QuoteFixtures.document(MUSEUM);
        doc = doc.with(Entity.LAYER, List.of(
                entity(find(MUSEUM, "Anders Holm", 1), "PERSON", "e1", "Anders J. Holm", Entity.Kind.NAME),
                entity(find(MUSEUM, "he", 1), "PERSON", "e1", "Anders J. Holm", Entity.Kind.PRONOUN),
                entity(find(MUSEUM, "the ministry", 1), "ORGANIZATION", "e2", "Ministry of Coastal Affairs", Entity.Kind.NOMINAL)));
        assertEquals(List.of(
                seen(103, 133, "The museum will reopen in June", DIRECT, "said", "he", "Anders J. Holm"),
                seen(147, 161, "We will appeal", DIRECT, "said", "the ministry", "Ministry of Coastal Affairs")),
                seen(doc, QuoteFixtures.quotes(doc, List.of())));
    }

    @Test
    void taggedContentsBecomeIndirectQuotesOfTheNearestCueAndItsNearestSource() {
        String text = "The harbor authority said in a statement that repairs would cost at least 14 million crowns. "
                + "Ingrid Sahl runs the island grocery. She said the council had ignored a petition.\n\n"
                + "Some residents believe the pier is safe.";
        Document doc = QuoteFixtures.document(text);
        List<Tagged> tagged = List.of(
                tagged(Role.SOURCE, find(text, "The harbor authority", 1)),
                tagged(Role.CUE, find(text, "said", 1)),
                tagged(Role.CONTENT, find(text, "repairs would cost at least 14 million crowns", 1)),
                tagged(Role.SOURCE, find(text, "She", 1)),
                tagged(Role.CUE, find(text, "said", 2)),
                tagged(Role.CONTENT, find(text, "the council had ignored a petition", 1)),
                tagged(Role.CONTENT, find(text, "the pier is safe", 1)));
        assertEquals(List.of(
                seen(46, 91, "repairs would cost at least 14 million crowns", INDIRECT, "said", "The harbor authority", "harbor authority"),
                seen(139, 173, "the council had ignored a petition", INDIRECT, "said", "She", "Ingrid Sahl")),
                seen(doc, QuoteFixtures.quotes(doc, tagged)), "a content without a cue in its paragraph is dropped");
    }

    @Test
    void aTaggedContentMostlyInQuotationMarksIsDirectAndHoldsItsQuotation() {
        String text = "Councillor Aino Rask voted against the closure. Rask tweeted after the vote that the islands had been "
                + "\"sold out by people who never missed a ferry.\"";
        Document doc = QuoteFixtures.document(text);
        List<Tagged> tagged = List.of(
                tagged(Role.SOURCE, find(text, "Rask", 2)),
                tagged(Role.CUE, find(text, "tweeted", 1)),
                tagged(Role.CONTENT, new Span(find(text, "the islands", 1).start(), text.length())));
        assertEquals(List.of(seen(81, 148, "the islands had been \"sold out by people who never missed a ferry.\"", DIRECT,
                        "tweeted", "Rask", "Aino Rask")),
                seen(doc, QuoteFixtures.quotes(doc, tagged)));
    }

    private static Span cueOf(String text, int index) {
        Document doc = QuoteFixtures.document(text);
        return QuoteFixtures.quotes(doc, List.of()).get(index).cue();
    }

    private static Entity entity(Span span, String type, String id, String name, Entity.Kind kind) {
        return new Entity(span.start(), span.end(), type, id, name, kind);
    }

    private static Tagged tagged(Role role, Span span) {
        return new Tagged(role, span.start(), span.end());
    }
}
