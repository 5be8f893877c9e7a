package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSplitterTest {
    private static List<String> texts(String text) {
        return ArticleSplitter.split(text).stream().map(part -> text.substring(part.start(), part.end())).toList();
    }

    @Test
    void splitsAtEachHeadlineWithAByline() {
        String text = "Harbour Board Approves New Ferry Timetable\nBy Lena Orvik · 2 May 2026\n\nBoats will leave every forty minutes.\n\n"
                + "Library Opens Late on Thursdays\nBy Tomas Reed\n\nThe library will stay open until nine.\n";
        assertEquals(List.of(
                new ArticleSplitter.Part(0, 108, "Harbour Board Approves New Ferry Timetable", "Lena Orvik"),
                new ArticleSplitter.Part(110, 195, "Library Opens Late on Thursdays", "Tomas Reed")),
                ArticleSplitter.split(text));
    }

    @Test
    void keepsAnArticleWithSubHeadingsWhole() {
        String text = "Council Plans Cycle Lanes on Mill Road\nBy Ada Fenwick\n\n"
                + "The council presented plans on Monday for two cycle lanes.\n\n"
                + "What Changes for Drivers\n\nParking on the east side of the road will be removed.\n\n"
                + "When Work Begins\n\nConstruction is expected to start in September.\n";
        assertEquals(List.of(new ArticleSplitter.Part(0, text.length() - 1, "Council Plans Cycle Lanes on Mill Road", "Ada Fenwick")),
                ArticleSplitter.split(text));
    }

    @Test
    void keepsASubHeadingFollowedByAnOrdinaryParagraphStartingWithBy() {
        String text = "Council Plans Cycle Lanes\nBy Ada Fenwick\n\nPlans were shown on Monday.\n\n"
                + "Funding Questions\nBy the end of the year the money must be found.\n";
        assertEquals(1, ArticleSplitter.split(text).size());
    }

    @Test
    void splitsAtSeparatorLinesFollowedByAHeadline() {
        String text = "Storm Closes Coastal Road\n\nHeavy rain closed the road.\n\n-----\n\n"
                + "Market Returns to the Square\n\nThe weekly market returns on Saturday.\n";
        assertEquals(List.of("Storm Closes Coastal Road\n\nHeavy rain closed the road.",
                "Market Returns to the Square\n\nThe weekly market returns on Saturday."), texts(text));
        assertEquals("Market Returns to the Square", ArticleSplitter.split(text).get(1).title());
    }

    @Test
    void splitsAtAFormFeedAndBeforeAnEditorsNote() {
        String text = "Storm Closes Coastal Road\n\nHeavy rain closed the road.\f"
                + "Ferry Fares Rise\n\nTickets cost more from May.\n\n* * *\n\n"
                + "Editor's note: This letter was sent by a reader.\n\nI miss the old pier.\n";
        assertEquals(List.of("Storm Closes Coastal Road\n\nHeavy rain closed the road.", "Ferry Fares Rise\n\nTickets cost more from May.",
                "Editor's note: This letter was sent by a reader.\n\nI miss the old pier."), texts(text));
    }

    @Test
    void keepsASceneBreakFollowedByAParagraph() {
        String text = "The Night the Lights Went Out\n\nIt was past midnight when the power failed.\n\n* * *\n\n"
                + "By morning the whole street knew.\n";
        assertEquals(List.of(text.strip()), texts(text));
    }

    @Test
    void needsTheFileToOpenLikeTheArticlesItSplitsOff() {
        String text = "the minutes of the meeting follow below, as agreed.\n\n-----\n\nMarket Returns to the Square\n\nIt returns on Saturday.\n";
        assertEquals(1, ArticleSplitter.split(text).size());
    }

    @Test
    void doesNotSplitOffAHeadlineWithoutBody() {
        String text = "Storm Closes Coastal Road\n\nHeavy rain closed the road.\n\n-----\n\nMore Stories Tomorrow\n";
        assertEquals(List.of(text.strip()), texts(text));
    }

    @Test
    void recognisesDatelinesAndDateLinesAsHeaders() {
        String text = "Harbour Board Meets\nPORT ELLING, March 3 (Coastal Wire) - The board met.\n\nIt agreed on fares.\n\n"
                + "Ferry Strike Ends\n14 March 2026\n\nThe ferries run again.\n";
        assertEquals(List.of("Harbour Board Meets\nPORT ELLING, March 3 (Coastal Wire) - The board met.\n\nIt agreed on fares.",
                "Ferry Strike Ends\n14 March 2026\n\nThe ferries run again."), texts(text));
    }

    @Test
    void giveNoPartsForBlankText() {
        assertEquals(List.of(), ArticleSplitter.split(" \n\t\n"));
    }

    @Test
    void trimsASingleArticleAndNamesItOnlyWhenItOpensWithAHeadlineBlock() {
        assertEquals(List.of(new ArticleSplitter.Part(2, 28, null, null)), ArticleSplitter.split("\n\nJust a line of plain text.\n\n"));
    }
}
