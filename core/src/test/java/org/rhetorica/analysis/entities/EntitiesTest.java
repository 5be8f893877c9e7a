package org.rhetorica.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;

/** The entities layer as analysis makes it: the standard pipeline with the shipped entity tagger; made-up texts and names. */
class EntitiesTest {
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

    /** A mention as the tests compare it: its words, entity id, entity name, kind and type. */
    record Seen(String text, String entity, String name, Entity.Kind kind, String type) {}

    private static Document analysed(String id, String text) {
        return pipeline.annotate(Document.of(text, Metadata.of(id, new Origin(id + ".txt", 0, text.codePointCount(0, text.length()), null))));
    }

    private static List<Seen> mentions(String text) {
        Document doc = analysed("fixture", text);
        return doc.layer(Entity.LAYER).stream()
                .map(e -> new Seen(doc.text(e), e.entity(), e.name(), e.kind(), e.type())).toList();
    }

    private static List<String> names(String text) {
        Document doc = analysed("fixture", text);
        return doc.layer(Entity.LAYER).stream().filter(e -> e.kind() == Entity.Kind.NAME)
                .map(e -> doc.text(e) + "/" + e.type()).toList();
    }

    @Test
    void theTaggerFindsThePeopleOrganisationsAndPlacesOfAShortArticle() {
        String text = "Harbour workers in Rotterdam walked out on Tuesday.\n\n"
                + "Lorna Whitcombe, the chief executive of Halvard Shipping, said the company would meet the union in Antwerp "
                + "next week. The European Commission has asked both sides to settle before the summer.\n";
        assertEquals(List.of("Rotterdam/LOCATION", "Lorna Whitcombe/PERSON", "Halvard Shipping/ORGANIZATION", "Antwerp/LOCATION",
                "European Commission/ORGANIZATION"), names(text));
    }

    @Test
    void aSurnameAndATitlePointBackToTheFullName() {
        String text = "Senator Mirela Oduya visited the flooded villages on Monday. "
                + "Oduya promised that the levees would be rebuilt before winter. The senator returns next week.";
        assertEquals(List.of(
                new Seen("Mirela Oduya", "e1", "Mirela Oduya", Entity.Kind.NAME, Entity.PERSON),
                new Seen("Oduya", "e1", "Mirela Oduya", Entity.Kind.NAME, Entity.PERSON),
                new Seen("The senator", "e1", "Mirela Oduya", Entity.Kind.NOMINAL, Entity.PERSON)),
                mentions(text));
    }

    @Test
    void aPronounIsTheRightOneOfTwoPeople() {
        String text = "Councilwoman Greta Holmqvist met Daniel Okonkwo at the town hall on Friday. "
                + "He asked for more money for the schools.";
        assertEquals(List.of(
                new Seen("Greta Holmqvist", "e1", "Greta Holmqvist", Entity.Kind.NAME, Entity.PERSON),
                new Seen("Daniel Okonkwo", "e2", "Daniel Okonkwo", Entity.Kind.NAME, Entity.PERSON),
                new Seen("He", "e2", "Daniel Okonkwo", Entity.Kind.PRONOUN, Entity.PERSON)),
                mentions(text));
    }

    @Test
    void anOrganisationNamedByItsAcronymLaterIsTheSameOne() {
        String text = "The Northern Grain Cooperative raised its prices on Monday. "
                + "Farmers said the NGC had given no warning.";
        assertEquals(List.of(
                new Seen("Northern Grain Cooperative", "e1", "Northern Grain Cooperative", Entity.Kind.NAME, Entity.ORGANIZATION),
                new Seen("its", "e1", "Northern Grain Cooperative", Entity.Kind.PRONOUN, Entity.ORGANIZATION),
                new Seen("NGC", "e1", "Northern Grain Cooperative", Entity.Kind.NAME, Entity.ORGANIZATION)),
                mentions(text));
    }

    @Test
    void aNationalityIsNeitherAnEntityNorASpeaker() {
        String text = "A Norwegian delegation arrived in Bergen on Monday.\n\n"
                + "\"We will not sign the treaty this year,\" a Norwegian official said.\n";
        Document doc = analysed("fixture", text);
        assertEquals(List.of("Bergen/LOCATION"), doc.layer(Entity.LAYER).stream().map(e -> doc.text(e) + "/" + e.type()).toList());
        assertEquals(List.of("We will not sign the treaty this year / a Norwegian official / null"), doc.layer(Quote.LAYER).stream()
                .map(q -> doc.text(q) + " / " + (q.speakerMention() == null ? null : doc.text(q.speakerMention())) + " / " + q.speaker())
                .toList());
    }

    @Test
    void theSamePersonInTwoDocumentsUnderTwoFormsGetsOneCanonicalName() {
        Document first = analysed("a", "Senator Mirela Oduya spoke in Tallinn on Friday. Oduya wants a new rail line.");
        Document second = analysed("b", "Oduya did not come to the debate on Sunday.");
        CanonicalNames canonical = CanonicalNames.builder(Aliases.none()).add(first).add(second).build();
        assertEquals(List.of("Mirela Oduya"), canonical.apply(second).layer(Entity.LAYER).stream().map(Entity::name).toList());
    }
}
