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

    private static final String FERRY = "Night ferry to the outer islands will stop running in January\n\n"
            + "The harbour board voted on Friday to end the night ferry to the outer islands from January, citing falling"
            + " passenger numbers and rising fuel costs. Islanders who work late shifts on the mainland say the decision"
            + " strands them.\n\nThe ferry operator carried fewer than forty passengers a night on the late crossing last"
            + " winter, according to the board. Fuel for the crossing costs the harbour more than the tickets bring in.\n\n"
            + "A petition against the cut gathered four hundred signatures at the harbour kiosk within a week, and the"
            + " islanders plan to hand it to the board before the next meeting.";
    private static final String MARKET = "Farmers market moves indoors to the old tram depot for the winter\n\n"
            + "The Saturday farmers market will spend the cold months inside the old tram depot, the town council"
            + " announced. Stallholders had complained that frost ruined their vegetables and kept shoppers at home.\n\n"
            + "The depot has room for sixty stalls, a café and a stage for the brass band. Cheese makers and bakers welcomed"
            + " the move, while the flower sellers worry that the light inside is too dim.\n\n"
            + "The council will pay for heating and new lamps from the tourism budget this year.";
    private static final String BIO = "Ola Lind is a writer based in Port Elling. He can be found on Twitter @olalind.";

    @Test
    void articlesRunTogetherWithoutSeparatorsSplitWhereTheTopicShifts() {
        String dump = FERRY + "\n\n" + MARKET + "\n";
        assertEquals(List.of(FERRY, MARKET), texts(dump));
    }

    @Test
    void anAuthorsBioEndsAnArticle() {
        String dump = MARKET + "\n\n" + BIO + "\n\nA short note on parking\n\nThe car park by the depot closes at six.\n";
        assertEquals(List.of(MARKET + "\n\n" + BIO, "A short note on parking\n\nThe car park by the depot closes at six."),
                texts(dump));
    }

    @Test
    void aSubheadingWithinOneArticleDoesNotSplitItNorDoesAnEmbeddedPost() {
        String article = FERRY + "\n\nWhat the islanders say\n\nThe islanders say the night ferry is their only way home"
                + " after late shifts at the harbour, and that the board ignored the petition signed by four hundred islanders"
                + " who depend on the crossing.\n\n\u2014 Harbour Watch (@harbourwatch) March 3, 2026\n\n"
                + "The board will discuss the night ferry again in March, when the petition reaches the harbour.";
        assertEquals(List.of(article), texts(article + "\n"));
    }
}
