package org.rhetorica.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.text.Sentences;

/** Mentions grouped into entities from given names (the tagger's part), on made-up texts. */
class CoreferenceTest {
    private static final Sentences SENTENCES = Sentences.load();
    private static final Coreference COREFERENCE = new Coreference(Coreference.Settings.DEFAULT);

    /** A mention as the tests compare it: its text, entity id, entity name, kind and type. */
    record Seen(String text, String entity, String name, Entity.Kind kind, String type) {}

    static Seen seen(String text, String entity, String name, Entity.Kind kind, String type) {
        return new Seen(text, entity, name, kind, type);
    }

    private static final Entity.Kind NAME = Entity.Kind.NAME;
    private static final Entity.Kind NOMINAL = Entity.Kind.NOMINAL;
    private static final Entity.Kind PRONOUN = Entity.Kind.PRONOUN;
    private static final String PERSON = Entity.PERSON;
    private static final String ORGANIZATION = Entity.ORGANIZATION;
    private static final String LOCATION = Entity.LOCATION;

    /** Groups the mentions of {@code text} whose names are {@code names}: "words/TYPE" for each occurrence in order. */
    static List<Seen> group(String text, String... names) {
        Document doc = Document.of(text, Metadata.of("fixture", new Origin("fixture.txt", 0, text.codePointCount(0, text.length()), null)));
        doc = SENTENCES.annotate(new Paragraphs().annotate(doc));
        List<Seen> seen = new ArrayList<>();
        for (Entity entity : COREFERENCE.group(text, doc.layer(Sentences.LAYER), EntityFixtures.names(text, names))) {
            seen.add(new Seen(doc.text(entity), entity.entity(), entity.name(), entity.kind(), entity.type()));
        }
        return seen;
    }

    @Test
    void aSurnameAndATitleReferToTheFullName() {
        String text = "Mayor Tomas Berglund opened the new ferry terminal in Brennvik on Monday. "
                + "Berglund said the work had cost less than planned. The mayor thanked the builders.";
        assertEquals(List.of(
                seen("Tomas Berglund", "e1", "Tomas Berglund", NAME, PERSON),
                seen("Brennvik", "e2", "Brennvik", NAME, LOCATION),
                seen("Berglund", "e1", "Tomas Berglund", NAME, PERSON),
                seen("The mayor", "e1", "Tomas Berglund", NOMINAL, PERSON)),
                group(text, "Tomas Berglund/PERSON", "Brennvik/LOCATION", "Berglund/PERSON"));
    }

    @Test
    void titlesTaggedWithTheNameAreNoPartOfIt() {
        String text = "Council finance chair Marcus Oyelaran presented the budget. Oyelaran spoke for an hour.";
        assertEquals(List.of(
                seen("Council finance chair Marcus Oyelaran", "e1", "Marcus Oyelaran", NAME, PERSON),
                seen("Oyelaran", "e1", "Marcus Oyelaran", NAME, PERSON)),
                group(text, "Council finance chair Marcus Oyelaran/PERSON", "Oyelaran/PERSON"));
    }

    @Test
    void aPronounRefersToThePersonOfItsGender() {
        String text = "Councilwoman Anna Lindqvist met Peter Sandvik at the harbour on Tuesday. "
                + "She said the dock needed repairs. He promised to look at the budget.";
        assertEquals(List.of(
                seen("Anna Lindqvist", "e1", "Anna Lindqvist", NAME, PERSON),
                seen("Peter Sandvik", "e2", "Peter Sandvik", NAME, PERSON),
                seen("She", "e1", "Anna Lindqvist", PRONOUN, PERSON),
                seen("He", "e2", "Peter Sandvik", PRONOUN, PERSON)),
                group(text, "Anna Lindqvist/PERSON", "Peter Sandvik/PERSON"));
    }

    @Test
    void aPronounRefersToTheSubjectBeforeItWhenGenderDoesNotTell() {
        String text = "Sam Okafor thanked Robin Delacroix after the vote. Later that day he resigned.";
        assertEquals(List.of(
                seen("Sam Okafor", "e1", "Sam Okafor", NAME, PERSON),
                seen("Robin Delacroix", "e2", "Robin Delacroix", NAME, PERSON),
                seen("he", "e1", "Sam Okafor", PRONOUN, PERSON)),
                group(text, "Sam Okafor/PERSON", "Robin Delacroix/PERSON"));
    }

    @Test
    void anOrganisationNamedByItsAcronymLaterIsTheSameOne() {
        String text = "The Coastal Freight Union called a strike on Friday. "
                + "The CFU says the port owes its members two months of pay.";
        assertEquals(List.of(
                seen("Coastal Freight Union", "e1", "Coastal Freight Union", NAME, ORGANIZATION),
                seen("CFU", "e1", "Coastal Freight Union", NAME, ORGANIZATION),
                seen("its", "e1", "Coastal Freight Union", PRONOUN, ORGANIZATION)),
                group(text, "Coastal Freight Union/ORGANIZATION", "CFU/ORGANIZATION"));
    }

    @Test
    void initialsWrittenTogetherAreOneWordAndTheAcronymOfTheFullName() {
        String text = "The United States sent an envoy. The U.S. envoy met the U. N. staff.";
        assertEquals(List.of(
                seen("United States", "e1", "United States", NAME, LOCATION),
                seen("U.S.", "e1", "United States", NAME, LOCATION)),
                group(text, "United States/LOCATION", "U.S./LOCATION"));
        assertEquals(List.of("U.S.", "U. N."), List.of(NameForms.clean("U.S.", LOCATION), NameForms.clean("U. N.", ORGANIZATION)));
    }

    @Test
    void anAcronymInBracketsAfterANameIsThatName() {
        String text = "Delegates of the Nordic Rail Alliance (NORA) met in Tromsø. NORA wants a tunnel.";
        assertEquals(List.of(
                seen("Nordic Rail Alliance", "e1", "Nordic Rail Alliance", NAME, ORGANIZATION),
                seen("NORA", "e1", "Nordic Rail Alliance", NAME, ORGANIZATION),
                seen("Tromsø", "e2", "Tromsø", NAME, LOCATION),
                seen("NORA", "e1", "Nordic Rail Alliance", NAME, ORGANIZATION)),
                group(text, "Nordic Rail Alliance/ORGANIZATION", "NORA/ORGANIZATION", "Tromsø/LOCATION", "NORA/ORGANIZATION"));
    }

    @Test
    void aRolePhraseIsThePersonItDescribesInAnApposition() {
        String text = "Imre Halvorsen, the port director, closed the harbour. Two hours later the port director "
                + "reopened it for fishing boats.";
        assertEquals(List.of(
                seen("Imre Halvorsen", "e1", "Imre Halvorsen", NAME, PERSON),
                seen("the port director", "e1", "Imre Halvorsen", NOMINAL, PERSON),
                seen("the port director", "e1", "Imre Halvorsen", NOMINAL, PERSON)),
                group(text, "Imre Halvorsen/PERSON"));
    }

    @Test
    void twoPeopleSharingASurnameAreKeptApartAndTheSurnameIsTheLatest() {
        String text = "Ruth Amundsen and her brother Olav Amundsen run the bakery. Amundsen said the oven is forty years old.";
        assertEquals(List.of(
                seen("Ruth Amundsen", "e1", "Ruth Amundsen", NAME, PERSON),
                seen("her", "e1", "Ruth Amundsen", PRONOUN, PERSON),
                seen("Olav Amundsen", "e2", "Olav Amundsen", NAME, PERSON),
                seen("Amundsen", "e2", "Olav Amundsen", NAME, PERSON)),
                group(text, "Ruth Amundsen/PERSON", "Olav Amundsen/PERSON", "Amundsen/PERSON"));
    }

    @Test
    void anyNamesOverAnyTextGiveMentionsInsideTheTextInOrder() {
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {"Anna", "Lind", "he", "she", "it", "they", "the", "mayor", "party", "UN", "U.S.", ",", ".", "\r\n",
                "\uD83C\uDF0A", "(", ")", "'s", "Mr.", "of", "Acme", "Corp.", "  "};
        for (int run = 0; run < 200; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            String t = text.toString();
            List<Coreference.Name> names = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0 && !t.isEmpty(); i--) {
                int start = random.nextInt(t.length());
                int end = Math.min(t.length(), start + 1 + random.nextInt(12));
                if (Character.isLowSurrogate(t.charAt(start)) || (end < t.length() && Character.isLowSurrogate(t.charAt(end)))) {
                    continue;
                }
                names.add(new Coreference.Name(start, end, List.of(PERSON, ORGANIZATION, LOCATION).get(random.nextInt(3))));
            }
            Document doc = SENTENCES.annotate(new Paragraphs().annotate(Document.of(t, Metadata.of("random",
                    new Origin("random.txt", 0, t.codePointCount(0, t.length()), null)))));
            List<Entity> entities = COREFERENCE.group(t, doc.layer(Sentences.LAYER), names);
            for (int i = 0; i < entities.size(); i++) {
                Entity entity = entities.get(i);
                assertTrue(0 <= entity.start() && entity.start() < entity.end() && entity.end() <= t.length(), t + " " + entity);
                assertTrue(i == 0 || entities.get(i - 1).start() <= entity.start(), t);
                assertTrue(entity.name() != null && !entity.name().isEmpty() && entity.entity().startsWith("e"), t + " " + entity);
            }
        }
    }
}
