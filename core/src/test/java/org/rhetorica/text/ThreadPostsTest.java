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
}
