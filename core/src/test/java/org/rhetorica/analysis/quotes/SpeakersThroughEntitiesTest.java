package org.rhetorica.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhetorica.analysis.entities.EntityFixtures;
import org.rhetorica.analysis.quotes.AttributionTagger.Role;
import org.rhetorica.analysis.quotes.AttributionTagger.Tagged;
import org.rhetorica.doc.Span;
import org.rhetorica.doc.Document;

/** Quote speakers named through the entities layer (its names given by hand); texts made up. */
class SpeakersThroughEntitiesTest {
    /** A quote's speaker as the tests compare it: the words naming them, their name and entity. */
    record Said(String text, String mention, String speaker, String speakerEntity) {}

    private static List<Said> said(String text, String... names) {
        return said(text, List.of(), names);
    }

    /** The quotes of {@code text} with {@code tagged} as the attribution tagger's output and the given names. */
    private static List<Said> said(String text, List<Tagged> tagged, String... names) {
        Document doc = EntityFixtures.withEntities(QuoteFixtures.document(text), names);
        return QuoteFixtures.quotes(doc, tagged).stream()
                .map(q -> new Said(doc.text(q), q.speakerMention() == null ? null : doc.text(q.speakerMention()), q.speaker(),
                        q.speakerEntity()))
                .toList();
    }

    @Test
    void aNationalityIsNoSpeaker() {
        String text = "A Norwegian delegation arrived in Bergen on Monday.\n\n"
                + "\"We will not sign the treaty this year,\" a Norwegian official said.\n";
        assertEquals(List.of(new Said("We will not sign the treaty this year", "a Norwegian official", null, null)),
                said(text, "Bergen/LOCATION"));
    }

    @Test
    void aRolePhraseSpeaksAsThePersonHoldingTheRoleNotAsTheirCountry() {
        String text = "Prime Minister Ilse Marjanovic of Valdoria arrived in Bergen on Monday.\n\n"
                + "\"We came to listen,\" the Valdorian prime minister told reporters.\n";
        assertEquals(List.of(new Said("We came to listen", "the Valdorian prime minister", "Ilse Marjanovic", "e1")),
                said(text, "Ilse Marjanovic/PERSON", "Valdoria/LOCATION", "Bergen/LOCATION"));
    }

    @Test
    void titlesAreNoPartOfTheSpeakersName() {
        String text = "\"The budget is balanced for the first time in a decade,\" said Council finance chair Marcus Oyelaran.\n\n"
                + "\"Nobody believes that,\" Oyelaran's rival Petra Quist replied.\n";
        assertEquals(List.of(
                new Said("The budget is balanced for the first time in a decade", "Council finance chair Marcus Oyelaran",
                        "Marcus Oyelaran", "e1"),
                new Said("Nobody believes that", "Oyelaran's rival Petra Quist", "Petra Quist", "e2")),
                said(text, "Marcus Oyelaran/PERSON", "Oyelaran/PERSON", "Petra Quist/PERSON"));
    }

    @Test
    void whereTheTaggerFindsNoSourceThePersonBeforeTheCueSpeaks() {
        String text = "Petra Quist, who chairs the harbour board, said the ferry would run all winter.";
        assertEquals(List.of(new Said("the ferry would run all winter", "Petra Quist", "Petra Quist", "e1")),
                said(text, List.of(tagged(Role.CUE, text, "said"), tagged(Role.CONTENT, text, "the ferry would run all winter")),
                        "Petra Quist/PERSON"));
    }

    @Test
    void whoIsThePersonNamedJustBeforeIt() {
        String text = "The ferry is run by Olav Brekke, who said the timetable would not change.";
        assertEquals(List.of(new Said("the timetable would not change", "who", "Olav Brekke", "e1")),
                said(text, List.of(tagged(Role.SOURCE, text, "who"), tagged(Role.CUE, text, "said"),
                        tagged(Role.CONTENT, text, "the timetable would not change")), "Olav Brekke/PERSON"));
    }

    private static Tagged tagged(Role role, String text, String words) {
        Span span = QuoteFixtures.find(text, words, 1);
        return new Tagged(role, span.start(), span.end());
    }
}
