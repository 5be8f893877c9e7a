package org.rhetorica.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.text.HeaderPart.Kind;

class ArticleHeaderTest {
    private record Seen(int start, int end, Kind kind, String text) {}

    private static Seen part(int start, int end, Kind kind, String text) {
        return new Seen(start, end, kind, text);
    }

    private static List<Seen> parts(Document doc) {
        return doc.layer(HeaderPart.LAYER).stream().map(p -> new Seen(p.start(), p.end(), p.kind(), doc.text(p))).toList();
    }

    @Test
    void findsHeadlineBylineAndDatelineOfTheSampleArticle() {
        Document doc = TextFixtures.document(TextFixtures.sample("article-with-quotes.txt"));
        assertEquals(List.of(
                part(0, 57, Kind.HEADLINE, "Harbor town splits over plan to close its last ferry pier"),
                part(59, 76, Kind.BYLINE, "By Mara Lindqvist"),
                part(77, 114, Kind.DATELINE, "PORT ELLING, March 3 (Coastal Wire) -")),
                parts(doc));
        assertEquals("Harbor town splits over plan to close its last ferry pier", doc.metadata().title());
        assertEquals("Mara Lindqvist", doc.metadata().author());
        assertNull(doc.metadata().published(), "March 3 has no year");
    }

    @Test
    void readsSeveralAuthorsADateAfterTheBylineAndAClosingCreditLine() {
        Document doc = TextFixtures.document(TextFixtures.resource("article-ordinary.txt"));
        assertEquals(List.of(
                part(0, 46, Kind.HEADLINE, "Market hall reopens after two years of repairs"),
                part(48, 72, Kind.BYLINE, "By Ana Ruiz and Jon Berg"),
                part(75, 87, Kind.DATELINE, "14 July 2026"),
                part(89, 100, Kind.DATELINE, "SKARVHOLM —"),
                part(787, 831, Kind.EDITORS_NOTE, "(Reporting by Ana Ruiz; editing by Jon Berg)")),
                parts(doc));
        assertEquals("Ana Ruiz, Jon Berg", doc.metadata().author());
        assertEquals("2026-07-14", doc.metadata().published());
    }

    @Test
    void keepsWhatTheMetadataAlreadySays() {
        String text = "Harbor town splits over plan to close its last ferry pier | Coastal Wire\nBy Mara Lindqvist\nMarch 3, 2026\n\nThe council voted.\n";
        Metadata given = Metadata.of("d", new Origin("d.html", 0, text.length(), null))
                .withTitle("Harbor town splits over plan to close its last ferry pier").withAuthor("Coastal Wire staff")
                .withPublished("2026-03-04", Metadata.FROM_MARKUP);
        Document doc = TextFixtures.document(text, given);
        assertEquals(List.of(part(73, 90, Kind.BYLINE, "By Mara Lindqvist"), part(91, 104, Kind.DATELINE, "March 3, 2026")), parts(doc),
                "the first line is the title with the site's name only if the title is the first line's start");
        assertEquals(given, doc.metadata());
    }

    @Test
    void aDatelineOverridesADateFromTheFileNameButNotOneFromTheMarkup() {
        String text = "Harbor town splits\nMarch 3, 2026\n\nThe council voted.\n";
        Metadata fromName = Metadata.of("d", new Origin("2026-01-01_d.txt", 0, text.length(), null))
                .withPublished("2026-01-01", Metadata.FROM_FILENAME);
        Metadata read = TextFixtures.document(text, fromName).metadata();
        assertEquals(List.of("2026-03-03", Metadata.FROM_DATELINE), List.of(read.published(), read.publishedFrom()));
        Metadata fromMarkup = TextFixtures.document(text, fromName.withPublished("2026-01-01", Metadata.FROM_MARKUP)).metadata();
        assertEquals(List.of("2026-01-01", Metadata.FROM_MARKUP), List.of(fromMarkup.published(), fromMarkup.publishedFrom()));
    }

    @Test
    void aFirstLineThatRepeatsTheMetadataTitleIsTheHeadline() {
        String text = "Harbor town splits\n\nThe council voted.\n";
        Metadata given = Metadata.of("d", new Origin("d.html", 0, text.length(), null)).withTitle("Harbor town splits | Coastal Wire");
        assertEquals(List.of(part(0, 18, Kind.HEADLINE, "Harbor town splits")), parts(TextFixtures.document(text, given)));
    }

    @Test
    void theFirstLineOfAHardWrappedParagraphIsNoHeadline() {
        String text = "The council of Port Elling voted on Tuesday to close the\ncentury-old pier, ending ferry service to the\nouter islands.\n\n"
                + "Opponents called the decision a betrayal and said the\ncouncil had ignored a petition.\n";
        assertEquals(List.of(), parts(TextFixtures.document(text)));
    }

    @Test
    void aDatelineMayOpenTheFirstParagraphAndGiveTheDate() {
        String text = "Ferry service ends\n\nPORT ELLING, March 3, 2026 (Coastal Wire) — The council voted 5-4 to close the pier.\n";
        Document doc = TextFixtures.document(text);
        assertEquals(List.of(part(0, 18, Kind.HEADLINE, "Ferry service ends"),
                part(20, 63, Kind.DATELINE, "PORT ELLING, March 3, 2026 (Coastal Wire) —")), parts(doc));
        assertEquals("2026-03-03", doc.metadata().published());
    }

    @Test
    void capitalsBeforeADashAreNoPlaceWhenTheyAnnounceTheKindOfStory() {
        String text = "Ferry service ends\n\nEXCLUSIVE — The council voted 5-4 to close the pier.\n";
        assertEquals(List.of(part(0, 18, Kind.HEADLINE, "Ferry service ends")), parts(TextFixtures.document(text)));
    }

    @Test
    void markupIsNoHeadline() {
        Document doc = TextFixtures.document("<!DOCTYPE html>\n<html lang=\"en\">\n");
        assertEquals(List.of(), parts(doc));
        assertNull(doc.metadata().title());
    }

    @Test
    void aLoneLineWithoutAnyFollowingTextIsNoHeadline() {
        assertEquals(List.of(), parts(TextFixtures.document("Just one line here\n")));
    }
}
