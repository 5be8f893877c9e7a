package org.rhetorica.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Document;

class ThreadPostsTest {
    private record Seen(int start, int end, String text, String author, Integer score, String age) {}

    private static Seen post(int start, int end, String text, String author, Integer score, String age) {
        return new Seen(start, end, text, author, score, age);
    }

    private static List<Seen> posts(String text) {
        Document doc = TextFixtures.document(text);
        return doc.layer(Post.LAYER).stream()
                .map(p -> post(p.start(), p.end(), doc.text(p), p.author(), p.score(), p.age())).toList();
    }

    /** Each post on a line: id, parent, depth (as indentation), author and display name, score, age, date, text. */
    static String tree(String text) {
        Document doc = TextFixtures.document(text);
        StringBuilder out = new StringBuilder();
        for (Post p : doc.layer(Post.LAYER)) {
            out.append("  ".repeat(p.depth())).append(p.id()).append(" <- ").append(p.parent()).append(" | ").append(p.author())
                    .append(p.authorName() == null ? "" : " (" + p.authorName() + ")").append(" | ").append(p.score())
                    .append(" | ").append(p.age()).append(" | ").append(p.published()).append(" | ")
                    .append(doc.text(p).replace("\n", "/")).append('\n');
        }
        return out.toString();
    }

    @Test
    void theSampleThreadHasItsOpeningPostAndFourCommentsWithoutWidgetWords() {
        assertEquals(List.of(
                post(139, 347, "I walk through the old town every Saturday and half the time I'm squeezed against a wall by delivery vans. Other cities have done it and their centres are thriving. Why are we always the last to try anything?", "riverside_walker", 48, "5 hours ago"),
                post(404, 501, "Fully agree. The trams already run every six minutes on weekends, so nobody is actually stranded.", "tram_enthusiast", 31, "4 hours ago"),
                post(551, 693, "Easy to say if you don't have to carry stock. My suppliers can't deliver by tram. If this passes, small shops like mine will simply disappear.", "shopkeeper_lena", 12, "3 hours ago"),
                post(743, 828, "Deliveries could be allowed before ten in the morning. That's how it works elsewhere.", "riverside_walker", 9, "3 hours ago"),
                post(878, 968, "Typical. Every few years the same activists want to wreck the centre and call it progress.", "grumpy_commuter", -4, "2 hours ago")),
                posts(TextFixtures.sample("forum-thread.txt")));
    }

    @Test
    void oldRedditCommentsWithCollapseMarksBadgesAndChildCounts() {
        assertEquals(List.of(
                post(111, 279, "The harbour office posted the new winter timetable. The last evening crossing moves from 22:10 to 21:40.\n\nDoes anyone know whether the early boat still runs on Sundays?", "quay_keeper", null, "3 hours ago"),
                post(365, 429, "It does, but only from November. I asked at the kiosk yesterday.", "gull_watcher", 12, "3 hours ago"),
                post(506, 530, "Thanks, that settles it.", "quay_keeper", 5, "2 hours ago"),
                post(608, 617, "[removed]", null, -2, "1 hour ago")),
                posts(TextFixtures.resource("thread-old-reddit.txt")),
                "a deleted account has no author");
    }

    @Test
    void lemmyHandlesKeepTheirInstance() {
        assertEquals(List.of(
                post(142, 246, "After three summers of bake sales the fund has the money for the new lantern room. Work starts in April.", "beacon_keeper@lemmy.example", 87, "2 days ago"),
                post(302, 369, "Wonderful news. Will the tower be open to visitors during the work?", "tidepool@lemmy.example", 14, "1 day ago"),
                post(429, 484, "Only on the first Saturday of each month, with a guide.", "beacon_keeper@lemmy.example", 9, "1 day ago"),
                post(544, 594, "I donated a tenner and I am strangely proud of it.", "driftwood@feddit.example", 3, "20 hours ago")),
                posts(TextFixtures.resource("thread-lemmy.txt")));
    }

    @Test
    void newRedditHeadersSplitOverTwoLines() {
        assertEquals(List.of(
                post(79, 153, "Twelve crowns for forty minutes seems steep to me. What do regulars think?", "sauna_sceptic", 14, "6 hours ago"),
                post(198, 249, "Worth every crown in January. In July, not so much.", "birch_whisk", null, "5 hr. ago"),
                post(299, 347, "Fair point, I will try it after the first frost.", "sauna_sceptic", null, "4 hr. ago")),
                posts(TextFixtures.resource("thread-new-reddit.txt")),
                "the bare number under the opening post's header is its score");
    }

    @Test
    void aVoteCountOnALineOfItsOwnBetweenWidgetsIsTheScore() {
        String text = "Pier vote\nriverside_walker\n5 hours ago\nWho was at the meeting?\narrow-up\n48\narrow-down\nreply\n"
                + "tram_enthusiast\n4 hours ago\nI was.\n12\narrow-up\n3\narrow-down\n";
        assertEquals(List.of(
                post(39, 62, "Who was at the meeting?", "riverside_walker", 48, "5 hours ago"),
                post(120, 129, "I was.\n12", "tram_enthusiast", 3, "4 hours ago")),
                posts(text), "a number in the text is text");
    }

    @Test
    void ordinaryTextsHaveNoPosts() {
        assertEquals(List.of(), posts(TextFixtures.resource("article-ordinary.txt")));
        assertEquals(List.of(), posts(TextFixtures.sample("article-with-quotes.txt")));
        assertEquals(List.of(), posts(TextFixtures.sample("interview-transcript.txt")));
    }

    @Test
    void aLeagueTableIsNoThread() {
        String text = "Final standings\n\nHarbour Rovers 45 points\nSkarvholm United 44 points\nPort Elling 39 points\n";
        assertEquals(List.of(), posts(text));
    }

    @Test
    void datedLinesWithoutScoresOrWidgetsAreNoThread() {
        String text = "Live: the storm\n\nUpdated 2 hours ago\nWinds reached the coast at noon.\n"
                + "editor 1 hour ago\nThe ferry is cancelled.\nmarta 20 minutes ago\nPower is back in the old town.\n";
        assertEquals(List.of(), posts(text));
    }

    @Test
    void lemmyCopiedFromTheBrowserNestsByIndentationAndSubtractsDownvotes() {
        assertEquals("""
                p1 <- null | beacon_keeper@lemmy.example | 84 | 2 days ago | null | After three summers of bake sales the fund has the money for the new lantern room. Work starts in April.
                  p2 <- p1 | tidepool@feddit.example | 14 | 1 day ago | null | Wonderful news. Will the tower be open to visitors during the work?
                    p3 <- p2 | beacon_keeper@lemmy.example | 9 | 1 day ago | null | Only on the first Saturday of each month, with a guide.
                      p4 <- p3 | tidepool@feddit.example | 2 | 20 hours ago | null | Then I will book the April one.
                  p5 <- p1 | driftwood@feddit.example | 2 | 20 hours ago | null | I donated a tenner and I am strangely proud of it.
                """, tree(TextFixtures.resource("thread-lemmy-copied.txt")), "the OP badge glued to a handle is no part of it");
    }

    @Test
    void redditRedesignLevelsAndScoresAfterTheText() {
        assertEquals("""
                p1 <- null | quay_keeper | 412 | 6h | null | Ferry timetable changes from next month/The harbour office posted the new winter timetable. The last evening crossing moves from 22:10 to 21:40.
                  p2 <- p1 | gull_watcher | 12 | 5h | null | Does the early boat still run on Sundays?
                    p3 <- p2 | quay_keeper | 9 | 4h | null | It does, but only from November. I asked at the kiosk yesterday.
                  p4 <- p1 | driftwood | -3 | 3h | null | Twenty minutes earlier is nothing to complain about.
                """, tree(TextFixtures.resource("thread-reddit-redesign.txt")), "no 'r/portelling Posted by' speaker, no 'Reply Share 412' text");
    }

    @Test
    void hackerNewsDepthFromItsParentAndRootLinks() {
        assertEquals("""
                p1 <- null | sauna_sceptic | 142 | 6 hours ago | null | Twelve crowns for forty minutes seems steep to me. What do regulars think?
                  p2 <- p1 | birch_whisk | null | 5 hours ago | null | Worth every crown in January. In July, not so much.
                    p3 <- p2 | sauna_sceptic | null | 4 hours ago | null | Fair point, I will try it after the first frost.
                      p4 <- p3 | birch_whisk | null | 3 hours ago | null | Bring your own towel, theirs are thin.
                  p5 <- p1 | cold_plunger | null | 2 hours ago | null | The lake next to it is free and just as cold.
                """, tree(TextFixtures.resource("thread-hacker-news.txt")));
    }

    @Test
    void discourseDisplayNamesLikesAndReplyMarks() {
        assertEquals("""
                p1 <- null | tidepool (Mara Quist) | 3 | Mar 2 | null | The board wants to cut the night ferry from next month. Has anyone written to them yet?
                p2 <- null | driftwood | 1 | Mar 2 | null | I wrote on Friday and got a form letter back.
                  p3 <- p1 | quay_keeper (Ola Lind) | 5 | 2d | null | Not yet, but the petition at the kiosk has two hundred names.
                """, tree(TextFixtures.resource("thread-discourse.txt")));
    }

    @Test
    void phpbbPostsAnswerTheTopicAndLoseTheMembersCards() {
        assertEquals("""
                p1 <- null | harbour_fan | null | Mon Mar 02, 2026 10:15 am | 2026-03-02 | The board wants to cut the night ferry from next month.
                  p2 <- p1 | quay_keeper | null | Mon Mar 02, 2026 11:02 am | 2026-03-02 | They will not dare before the elections.
                  p3 <- p1 | gull_watcher | null | Tue Mar 03, 2026 8:40 pm | 2026-03-03 | The vote is on Thursday, so we will know soon.
                """, tree(TextFixtures.resource("thread-phpbb.txt")));
    }

    @Test
    void youtubeRepliesFollowTheirCount() {
        assertEquals("""
                p1 <- null | islander77 | 25 | 3 weeks ago | null | Keep the night ferry! It is the only way home.
                  p2 <- p1 | ferrylover | 4 | 3 weeks ago | null | @islander77 agreed, the last bus is gone by then too.
                  p3 <- p1 | tidepool | null | 2 weeks ago | null | Same here, I work late at the market.
                p4 <- null | gullwatcher | 2 | 1 month ago | null | Great footage of the lighthouse.
                """, tree(TextFixtures.resource("thread-youtube.txt")));
    }

    @Test
    void disqusNamesAndTheNameAReplyAnswers() {
        assertEquals("""
                p1 <- null | Mara Quist | 5 | 2 years ago | null | The night ferry is the only way home for half the island.
                  p2 <- p1 | Ola Lind | 2 | 2 years ago | null | Then the island should pay for it.
                p3 <- null | Petra Nyberg | null | 2 years ago | null | Good reporting, thank you.
                """, tree(TextFixtures.resource("thread-disqus.txt")));
    }

    @Test
    void oldFormatsKeepTheirPostsWithOpeningPostsAndParents() {
        assertEquals("""
                p1 <- null | quay_keeper | null | 3 hours ago | null | The harbour office posted the new winter timetable. The last evening crossing moves from 22:10 to 21:40.//Does anyone know whether the early boat still runs on Sundays?
                  p2 <- p1 | gull_watcher | 12 | 3 hours ago | null | It does, but only from November. I asked at the kiosk yesterday.
                  p3 <- p1 | quay_keeper | 5 | 2 hours ago | null | Thanks, that settles it.
                  p4 <- p1 | null | -2 | 1 hour ago | null | [removed]
                """, tree(TextFixtures.resource("thread-old-reddit.txt")));
    }
}
