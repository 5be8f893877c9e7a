package org.rhetorica.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.io.InvalidInputException;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.text.Sentences;

/** One name per person across documents; made-up texts and names. */
class CanonicalNamesTest {
    private static final Sentences SENTENCES = Sentences.load();

    private static Document doc(String id, String text, String... names) {
        Document doc = Document.of(text, Metadata.of(id, new Origin(id + ".txt", 0, text.codePointCount(0, text.length()), null)));
        return EntityFixtures.withEntities(SENTENCES.annotate(new Paragraphs().annotate(doc)), names);
    }

    private static List<String> names(Document doc) {
        return doc.layer(Entity.LAYER).stream().map(Entity::name).toList();
    }

    @Test
    void theSamePersonUnderTwoFormsInTwoDocumentsGetsOneName() {
        Document first = doc("a", "Sen. Marta Ekholm spoke in Umeå on Friday. Ekholm wants a new rail line.",
                "Sen. Marta Ekholm/PERSON", "Umeå/LOCATION", "Ekholm/PERSON");
        Document second = doc("b", "Ekholm did not come to the debate.", "Ekholm/PERSON");
        assertEquals(List.of("Marta Ekholm", "Umeå", "Marta Ekholm"), names(first));
        assertEquals(List.of("Ekholm"), names(second));

        CanonicalNames canonical = CanonicalNames.builder(Aliases.none()).add(first).add(second).build();
        assertEquals("Marta Ekholm", canonical.of("Ekholm"));
        assertEquals(List.of("Marta Ekholm"), names(canonical.apply(second)));
    }

    @Test
    void anAcronymInOneDocumentIsTheNameItAbbreviatesInAnother() {
        Document first = doc("a", "The Baltic Ferry Company cut two routes.", "Baltic Ferry Company/ORGANIZATION");
        Document second = doc("b", "BFC blamed the fuel prices.", "BFC/ORGANIZATION");
        CanonicalNames canonical = CanonicalNames.builder(Aliases.none()).add(first).add(second).build();
        assertEquals(List.of("Baltic Ferry Company"), names(canonical.apply(second)));
    }

    @Test
    void aSurnameSharedByTwoFrequentPeopleStaysItselfAndOneUsedMostlyForOneJoinsThem() {
        CanonicalNames.Builder names = CanonicalNames.builder(Aliases.none())
                .add("Marta Ekholm", Entity.PERSON, 9).add("Lena Ekholm", Entity.PERSON, 1).add("Ekholm", Entity.PERSON, 2)
                .add("Jon Vik", Entity.PERSON, 3).add("Ada Vik", Entity.PERSON, 2).add("Vik", Entity.PERSON, 1);
        CanonicalNames canonical = names.build();
        assertEquals("Marta Ekholm", canonical.of("Ekholm"));
        assertEquals("Lena Ekholm", canonical.of("Lena Ekholm"));
        assertEquals("Vik", canonical.of("Vik"));
    }

    @Test
    void anAliasFileMergesTwoNamesAndKeepsAnotherApart(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("aliases.csv");
        Files.writeString(file, "alias,canonical\nBob Lindgren,Robert Lindgren\n\"Ekholm\",Ekholm\n", StandardCharsets.UTF_8);
        Aliases aliases = Aliases.read(file);
        Document first = doc("a", "Robert Lindgren opened the shelter.", "Robert Lindgren/PERSON");
        Document second = doc("b", "Bob Lindgren thanked the volunteers. Ekholm did not.", "Bob Lindgren/PERSON", "Ekholm/PERSON");
        CanonicalNames canonical = CanonicalNames.builder(aliases).add(first).add(second)
                .add("Marta Ekholm", Entity.PERSON, 5).build();
        assertEquals(List.of("Robert Lindgren", "Ekholm"), names(canonical.apply(second)));
        assertEquals("Robert Lindgren", canonical.of("Bob Lindgren"));
        assertEquals("Robert Lindgren", CanonicalNames.of(aliases).of("Bob Lindgren"));
    }

    @Test
    void aBadAliasFileIsReportedWithItsLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("aliases.csv");
        Files.writeString(file, "Bob Lindgren,Robert Lindgren\nOne,Two,Three\n", StandardCharsets.UTF_8);
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> Aliases.read(file));
        assertEquals(file + ": line 2: expected two names, alias,canonical; found 3 field(s)", error.getMessage());
    }
}
