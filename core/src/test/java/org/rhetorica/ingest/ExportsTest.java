package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.text.Post;

/**
 * Platform exports, each from a fixture written for it, saved under a name that says nothing of the
 * format: they are told by content. Every document, post, author, date and parent is checked.
 */
class ExportsTest {
    @TempDir
    Path folder;

    static byte[] fixture(String name) {
        try (InputStream in = ExportsTest.class.getResourceAsStream("/exports/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no fixture " + name, e);
        }
    }

    private String read(String fixture, String savedAs) {
        Reading reading = Reading.write(folder, savedAs, fixture(fixture));
        return describe(reading);
    }

    /** Documents and failures, one line each, posts indented under their document. */
    static String describe(Reading reading) {
        StringBuilder out = new StringBuilder();
        for (Document doc : reading.documents()) {
            Metadata m = doc.metadata();
            out.append(m.id()).append(" | ").append(m.title()).append(" | ").append(m.author()).append(" | ").append(m.published())
                    .append(" | ").append(m.source()).append(" | ").append(m.url()).append(" | ").append(m.origin().record());
            m.warnings().forEach(w -> out.append(" | warning: ").append(w));
            out.append('\n');
            if (!doc.has(Post.LAYER)) {
                out.append("  text: ").append(doc.text().replace("\n", "/")).append('\n');
            }
            for (Post post : doc.layer(Post.LAYER)) {
                out.append("  ".repeat(post.depth() + 1)).append(post.id()).append(" <- ").append(post.parent()).append(" | ")
                        .append(post.author()).append(" (").append(post.authorName()).append(") | ").append(post.published())
                        .append(" | ").append(post.score()).append(" | ").append(doc.text(post).replace("\n", "/")).append('\n');
            }
        }
        reading.failures().forEach(f -> out.append("failure: ").append(f).append('\n'));
        return out.toString();
    }

    @Test
    void telegramGroupRepliesMakeAThreadAndOtherMessagesStandAlone() {
        assertEquals("""
                export#1789001234/102 | null | user5550001 | 2026-03-02T10:15:00Z | Port Elling harbour talk | null | messages[1] and 2 more
                  1789001234/102 <- null | user5550001 (Mara Quist) | 2026-03-02T10:15:00Z | null | The winter timetable is out. The last evening ferry leaves at 21:40 from next month.
                    1789001234/103 <- 1789001234/102 | user5550002 (Ola Lind) | 2026-03-02T10:20:30Z | null | That is far too early for anyone working late at the fish market.
                      1789001234/104 <- 1789001234/103 | user5550001 (Mara Quist) | 2026-03-02T10:31:00Z | null | The board says the night crossing costs more than it brings in.
                export#1789001234/106 | null | user5550003 | 2026-03-02T12:00:00Z | Port Elling harbour talk | null | messages[5]
                  text: Unrelated: the lighthouse is open on Saturday.
                """, read("telegram-group.json", "export"));
    }

    @Test
    void telegramAccountExportReadsEveryChatWithMessageIdsKeptApartByChat() {
        assertEquals("""
                result#9001/1 | null | channel9001 | 2026-04-01T08:00:00Z | Harbour Wire | null | chats.list[0].messages[0]
                  text: Ferry fares rise by a fifth in May.
                result#9001/2 | null | channel9001 | 2026-04-02T08:00:00Z | Harbour Wire | null | chats.list[0].messages[1]
                  text: harbour.example/fares has the new table.
                result#5550002/1 | null | user5550002 | 2026-04-03T19:00:00Z | Ola Lind | null | chats.list[1].messages[0] and 1 more
                  5550002/1 <- null | user5550002 (Ola Lind) | 2026-04-03T19:00:00Z | null | Did you see the fares?
                    5550002/2 <- 5550002/1 | user5550009 (Test) | 2026-04-03T19:05:00Z | null | Yes, a fifth more. Madness.
                """, read("telegram-account.json", "result.json"));
    }

    @Test
    void anXApiVersion2PageMakesConversationsThreadsAndSkipsRetweets() {
        assertEquals("""
                x-page#1900000000000000001 | null | harbourwatch | 2026-03-02T10:00:00Z | @harbourwatch | https://x.com/harbourwatch/status/1900000000000000001 | line 1 and 2 more
                  1900000000000000001 <- null | harbourwatch (Harbour Watch) | 2026-03-02T10:00:00Z | 31 | The harbour board wants to cut the night ferry. Tell them what you think before Friday.
                    1900000000000000002 <- 1900000000000000001 | gullwatcher (Gull Watcher) | 2026-03-02T10:05:00Z | 12 | @harbourwatch Cutting it strands every shift worker on the islands.
                      1900000000000000003 <- 1900000000000000002 | harbourwatch (Harbour Watch) | 2026-03-02T10:09:00Z | 3 | @gullwatcher @harbourwatch The board says the boat runs half empty after nine.
                x-page#1900000000000000005 | null | islandnews | 2026-03-02T11:00:00Z | @islandnews | https://x.com/islandnews/status/1900000000000000005 | line 1
                  text: Lighthouse open day on Saturday, free entry.
                """, read("x-v2-page.json", "x-page.json"));
    }

    @Test
    void xApiVersion1TweetsThreadByTheirReplies() {
        assertEquals("""
                tweets#1900000000000000101 | null | portcouncil | 2026-03-02T10:00:00Z | @portcouncil | https://x.com/portcouncil/status/1900000000000000101 | line 1 and 1 more
                  1900000000000000101 <- null | portcouncil (Port Council) | 2026-03-02T10:00:00Z | 5 | Night ferry vote tonight at the town hall.
                    1900000000000000102 <- 1900000000000000101 | quaykeeper (Quay Keeper) | 2026-03-02T10:30:00Z | 1 | @portcouncil Will it be streamed?
                """, read("x-v1.jsonl", "tweets"));
    }

    static final String REDDIT = """
            %1$s#1ab2cd | Ferry timetable changes from next month | quay_keeper | 2026-03-02T09:00:00Z | r/portelling | https://www.reddit.com/r/portelling/comments/1ab2cd/ferry_timetable_changes/ | line 1 and 3 more
              1ab2cd <- null | quay_keeper (null) | 2026-03-02T09:00:00Z | 48 | The harbour office posted the new winter timetable. The last evening crossing moves from 22:10 to 21:40.
                k1 <- 1ab2cd | gull_watcher (null) | 2026-03-02T09:10:00Z | 12 | Does the early boat still run on Sundays?
                  k2 <- k1 | quay_keeper (null) | 2026-03-02T09:20:00Z | 9 | It does, but only from November. I asked at the kiosk yesterday.
                    k4 <- k2 | gull_watcher (null) | 2026-03-02T09:33:20Z | 3 | Thanks, that settles it.
            %1$s#9zz9 | null | driftwood | 2026-03-02T09:50:00Z | r/portelling | null | line 6
              text: A comment on a thread whose submission is not in this file.
            """;

    @Test
    void redditDumpsGroupCommentsUnderTheirSubmissionAndDropRemovedBodies() {
        assertEquals(String.format(REDDIT, "dump"), read("reddit-dump.ndjson", "dump"));
    }

    @Test
    void mastodonStatusesLoseTheirHtmlAndBoosts() {
        assertEquals("""
                timeline#112000000000000001 | null | tidepool@social.example | 2026-03-02T10:00:00Z | social.example | https://social.example/@tidepool/112000000000000001 | [0] and 1 more
                  112000000000000001 <- null | tidepool@social.example (Tide Pool) | 2026-03-02T10:00:00Z | 14 | The night ferry is to be cut.//Write to the board before Friday!
                    112000000000000002 <- 112000000000000001 | driftwood@other.example (null) | 2026-03-02T10:07:00Z | 2 | @tidepool Done. I asked them to keep the 22:10 boat.
                """, read("mastodon-timeline.json", "timeline.json"));
    }

    @Test
    void aLemmyPostWithItsCommentsIsOneThreadNestedByPath() {
        assertEquals("""
                post#4401 | Lighthouse restoration fund reaches its goal | beacon_keeper@lemmy.example | 2026-02-27T09:00:00Z | !coastalheritage@lemmy.example | https://lemmy.example/post/4401 | the document and 2 more
                  4401 <- null | beacon_keeper@lemmy.example (Beacon Keeper) | 2026-02-27T09:00:00Z | 87 | After three summers of bake sales the fund has the money for the new lantern room.
                    9001 <- 4401 | tidepool@feddit.example (null) | 2026-02-28T10:00:00Z | 14 | Wonderful news. Will the tower be open to visitors during the work?
                      9002 <- 9001 | beacon_keeper@lemmy.example (null) | 2026-02-28T11:00:00Z | 9 | Only on the first Saturday of each month, with a guide.
                """, read("lemmy-post.json", "post.json"));
    }

    @Test
    void youtubeCommentThreadsOfOneVideoAreOneThread() {
        assertEquals("""
                comments#vid0001 | null | islander77 | 2026-03-02T12:00:00Z | UCharbourTV | https://www.youtube.com/watch?v=vid0001&lc=UgxA1 | the document and 2 more
                  UgxA1 <- null | islander77 (null) | 2026-03-02T12:00:00Z | 25 | Keep the night ferry!/It is the only way home.
                    UgxA1.B2 <- UgxA1 | ferrylover (null) | 2026-03-02T13:30:00Z | 4 | Agreed, the last bus is gone by then too.
                  UgxC3 <- null | gullwatcher (null) | 2026-03-03T08:00:00Z | 2 | Great footage of the lighthouse.
                """, read("youtube-threads.json", "comments.json"));
    }

    @Test
    void rssItemsAreDocumentsWithTheirFullContent() {
        assertEquals("""
                feed#1 | Drought forces farmers to rethink the growing season | Petra Nyberg | 2026-07-14T08:30:00Z | Valley Courier | https://courier.example/drought | item 1
                  text: Drought forces farmers to rethink the growing season//The river is lower than it has been in forty years.//"We plant in March now," said one farmer.
                feed#2 | Market moves to the harbour | editor@courier.example (Ola Lind) | 2026-07-15T07:00:00Z | Valley Courier | https://courier.example/market | item 2
                  text: Market moves to the harbour//The Saturday market opens on the quay from August.
                """, read("feed-rss.xml", "feed"));
    }

    @Test
    void atomEntriesToo() {
        assertEquals("""
                notes#1 | Night ferry cut | Mara Quist | 2026-03-02T08:00:00Z | Harbour Notes | https://notes.example/night-ferry | item 1
                  text: Night ferry cut//The board voted to end the 22:10 crossing.
                """, read("feed-atom.xml", "notes.xml"));
    }

    @Test
    void crowdTangleExportsAreRecognisedByTheirColumns() {
        assertEquals("""
                posts#row2 | null | valleycourier | 2026-07-14T12:30:00Z | Valley Courier | https://facebook.example/valleycourier/posts/1 | row 2
                  text: Farmers plant in March now. Read why:
                posts#row3 | null | harbourwatch | 2026-07-15T08:00:00Z | Harbour Watch | https://facebook.example/harbourwatch/posts/2 | row 3
                  text: Keep the night ferry! Write to the board before Friday, "every vote counts".
                failure: posts.csv (row 4): no text in column Message
                """, read("crowdtangle.csv", "posts.csv"));
    }

    @Test
    void fourCatExportsGroupRowsByThread() {
        assertEquals("""
                dataset#1ab2cd | Ferry timetable changes | quay_keeper | 2026-03-02T09:00:00Z | null | null | row 2 and 1 more
                  1ab2cd <- null | quay_keeper (null) | 2026-03-02T09:00:00Z | 48 | The last evening crossing moves to 21:40.
                  k1 <- null | gull_watcher (null) | 2026-03-02T09:10:00Z | 12 | Does the early boat still run on Sundays?
                dataset#7zz7 | Lighthouse open day | beacon_keeper | 2026-03-02T11:00:00Z | null | null | row 4
                  text: Lighthouse open day//Free entry on Saturday.
                """, read("4cat.csv", "dataset"));
    }
}
