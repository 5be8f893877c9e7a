package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;

class HtmlIngestTest {
    @TempDir
    Path folder;

    @Test
    void keepsOnlyTheArticleOfANewsPageWithItsMetadata() {
        Path page = Path.of("samples/news-page.html");
        Document doc = Reading.of(page).only();
        assertEquals("""
                Drought forces farmers to rethink the growing season

                By Petra Nyberg · 14 July 2026

                Farmers across the lower valley are planting earlier and choosing hardier grains after a third dry summer \
                in a row left reservoirs at less than a quarter of their capacity.

                "We used to plant when the calendar said so. Now we plant when the soil lets us," said Jonas Ekberg, who \
                grows barley and oats on 80 hectares near the river.

                The regional water board said on Monday that irrigation permits would be cut by a third until the autumn \
                rains return. Agricultural economists warn that smaller harvests could push up bread prices by the end of \
                the year.

                Some growers are turning to drip irrigation, which uses about half as much water as sprinklers but costs \
                several thousand euros per hectare to install.""", doc.text());
        assertEquals(new Metadata("news-page", new Origin(page.toString(), 0, 2669, null),
                "Drought forces farmers to rethink the growing season", "Petra Nyberg", "2026-07-14T08:30:00Z", Metadata.FROM_MARKUP,
                "Valley Courier", null, null, List.of(), null), doc.metadata());
        for (String boilerplate : List.of("cookies", "Subscribe", "Advertisement", "Share on", "Related stories",
                "Recent posts", "All rights reserved", "adSlots", "border")) {
            assertFalse(doc.text().contains(boilerplate), boilerplate);
        }
    }

    @Test
    void keepsEveryPostOfADiscussionThreadOneBlockPerLine() throws IOException, URISyntaxException {
        Path thread = Path.of(getClass().getResource("/ingest/lemmy-thread.html").toURI());
        Document doc = Reading.of(thread).only();
        assertEquals("""
                Should the harbour market open on Sundays?
                submitted 6 hours ago by quayside_ola to c/brindlemoor
                arrow-up 57 arrow-down
                The council wants opinions before the summer timetable is fixed. Stallholders are split and so are the \
                people who live above the square.
                reply link
                Sort: Hot Top New Old
                netmaker_berit 24 points 5 hours ago
                Yes, please. Sunday is the only day many of us can shop without rushing.
                arrow-up arrow-down reply link
                baker_ivo 11 points 4 hours ago
                Easy for shoppers. Stallholders would lose the one day they have with their families.
                Ask the traders first.
                arrow-up arrow-down reply link
                lantern_mo 7 points 3 hours ago
                Open it every other Sunday as a trial and count the visitors.
                arrow-up arrow-down reply link
                gull_watcher -2 points 1 hour ago
                The noise already starts at six on Saturdays.
                arrow-up arrow-down reply link""", doc.text());
        for (String menu : List.of("Communities", "Create Post", "Sign Up", "Modlog", "subscribers", "Post comment")) {
            assertFalse(doc.text().contains(menu), menu);
        }
        assertEquals("Should the harbour market open on Sundays?", doc.metadata().title());
        assertEquals("Brindlemoor Commons", doc.metadata().source());
    }

    @Test
    void takesMetadataFromJsonLdAndPutsAHeadlineOutsideTheArticleFirst() {
        String page = """
                <!DOCTYPE html><html><head><title>Council votes to repair the old stone bridge — The Eastwick Post</title>
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Eastwick Post"},
                  {"@type": "NewsArticle", "headline": "Council votes to repair the old stone bridge",
                   "author": [{"@type": "Person", "name": "Ida Marsh"}, {"@type": "Person", "name": "Olle Berg"}],
                   "datePublished": "2026-04-02T07:15:00+02:00",
                   "publisher": {"@type": "Organization", "name": "The Eastwick Post"}}]}</script>
                <link rel="canonical" href="https://eastwick-post.example/bridge">
                </head><body><nav><a href="/">Front page</a> <a href="/local">Local</a></nav>
                <h1>Council votes to repair the old stone bridge</h1>
                <main><article>
                <p>The town council voted on Tuesday to repair the stone bridge over the Wend, closed to cars since a flood in March.</p>
                <p>Work will start in June and last about four months, the council said. Pedestrians can still cross.</p>
                <p>The repairs will cost 2.4 million crowns, paid from the regional flood fund.</p>
                </article></main><footer>Contact us</footer></body></html>""";
        Document doc = Reading.write(folder, "bridge.html", page).only();
        assertEquals("""
                Council votes to repair the old stone bridge

                The town council voted on Tuesday to repair the stone bridge over the Wend, closed to cars since a flood in March.

                Work will start in June and last about four months, the council said. Pedestrians can still cross.

                The repairs will cost 2.4 million crowns, paid from the regional flood fund.""", doc.text());
        Metadata metadata = doc.metadata();
        assertEquals(List.of("Council votes to repair the old stone bridge", "Ida Marsh, Olle Berg", "2026-04-02T07:15:00+02:00",
                "The Eastwick Post", "https://eastwick-post.example/bridge"),
                List.of(metadata.title(), metadata.author(), metadata.published(), metadata.source(), metadata.url()));
    }

    @Test
    void putsTheOnlyHeadlineFirstButNeverTheSiteNameInThePageHeader() {
        String story = "<p>The harbour board met on Friday and agreed to keep the night ferry running through the winter,"
                + " after islanders sent more than four hundred letters asking for it.</p>";
        String page = "<html><head><meta property=\"og:title\" content=\"Night ferry saved\"></head><body>%s"
                + "<main><article>" + story.repeat(3) + "</article></main></body></html>";
        String headline = Reading.write(folder, "headline.html", String.format(page, "<h1>Night ferry stays for the winter</h1>")).only().text();
        assertTrue(headline.startsWith("Night ferry stays for the winter\n\nThe harbour board"), headline);
        String siteName = Reading.write(folder, "site.html", String.format(page, "<header><h1>Harbour Gazette</h1></header>")).only().text();
        assertTrue(siteName.startsWith("The harbour board"), siteName);
    }

    @Test
    void takesTheTitleWithoutSiteNameAndTheDateFromTimeElements() {
        String page = "<html><head><title>Ferry fares rise in May | Harbour Gazette</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour Gazette\"></head><body><article>"
                + "<p>By <a rel=\"author\" href=\"/staff/ola\">Ola Lind</a>, <time datetime=\"2026-04-20 09:00\">20 April</time></p>"
                + "<p>Ferry tickets to the islands will cost a fifth more from May, the operator said on Monday.</p>"
                + "</article></body></html>";
        Metadata metadata = Reading.write(folder, "fares.html", page).only().metadata();
        assertEquals(List.of("Ferry fares rise in May", "Ola Lind", "2026-04-20T09:00", "Harbour Gazette"),
                List.of(metadata.title(), metadata.author(), metadata.published(), metadata.source()));
    }

    @Test
    void givesEachStoryOfAPageItsOwnDocument() {
        String page = """
                <html><head><title>Today in Millbrook</title><meta property="og:site_name" content="Millbrook Herald"></head><body>
                <header><nav>Home · News · Sport</nav></header>
                <article><h2>Spring fair draws a record crowd</h2>
                <p class="byline">By <a rel="author" href="/staff/kim">Kim Sato</a>, <time datetime="2026-05-09">9 May</time></p>
                <p>More than six thousand people came to the spring fair on Saturday, the organisers said, the most since it began.</p>
                <p>The pony rides and the cake stall sold out before noon, and the brass band played until dark.</p></article>
                <article><h2>Night buses return to the valley line</h2>
                <p>Night buses will run again on the valley line from Friday after a two-year pause, the transport office said.</p>
                <p>The buses will leave the square every hour between midnight and five in the morning on weekends.</p>
                <div class="share">Share this</div></article>
                <aside><h3>Most read</h3><ul><li>Weather turns</li></ul></aside>
                </body></html>""";
        Reading reading = Reading.write(folder, "today.html", page);
        assertEquals(List.of("today#1", "today#2"), reading.ids());
        assertEquals(List.of("""
                Spring fair draws a record crowd

                By Kim Sato, 9 May

                More than six thousand people came to the spring fair on Saturday, the organisers said, the most since it began.

                The pony rides and the cake stall sold out before noon, and the brass band played until dark.""", """
                Night buses return to the valley line

                Night buses will run again on the valley line from Friday after a two-year pause, the transport office said.

                The buses will leave the square every hour between midnight and five in the morning on weekends."""),
                reading.texts());
        Document first = reading.documents().get(0);
        assertEquals(List.of("Spring fair draws a record crowd", "Kim Sato", "2026-05-09", "Millbrook Herald"),
                List.of(first.metadata().title(), first.metadata().author(), first.metadata().published(), first.metadata().source()));
        for (Document story : reading.documents()) {
            Origin origin = story.metadata().origin();
            String markup = page.substring(origin.start(), origin.end());
            assertTrue(markup.startsWith("<article><h2>") && markup.endsWith("</article>"), markup);
        }
    }

    @Test
    void keepsAnArticleWrappedInAFormOrAConsentClassButDropsTheBanner() {
        String paragraph = "<p>The harbour board met on Friday and agreed to keep the night ferry running through the winter,"
                + " after islanders sent more than four hundred letters asking for it.</p>";
        String page = "<html><body class=\"cookie-consent-given\"><form id=\"aspnetForm\" action=\"/news.aspx\">"
                + "<nav><a href=\"/\">Home</a></nav><div class=\"cookie-banner\">We use cookies. <button>OK</button></div>"
                + "<div id=\"content\"><h1>Night ferry stays</h1>" + paragraph.repeat(4) + "</div>"
                + "<form class=\"newsletter\"><p>Get our newsletter</p><input name=\"email\"></form></form></body></html>";
        Document doc = Reading.write(folder, "ferry.html", page).only();
        assertTrue(doc.text().startsWith("Night ferry stays\n\nThe harbour board met on Friday"), doc.text());
        for (String chrome : List.of("Home", "cookies", "newsletter")) {
            assertFalse(doc.text().contains(chrome), chrome);
        }
    }

    @Test
    void decodesAPageInTheCharsetItDeclares() throws IOException {
        byte[] page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 \u201cNorra\u201d opens.</p></body></html>"
                .getBytes(Decoding.WINDOWS_1252);
        Path file = folder.resolve("cafe.html");
        Files.write(file, page);
        Document doc = Reading.of(file).only();
        assertEquals("Café “Norra” opens.", doc.text());
        assertEquals(List.of(), doc.metadata().warnings());
    }

    @Test
    void warnsAboutBytesThatAreNotValidInTheDeclaredCharset() {
        byte[] page = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9 opens.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Document doc = Reading.write(folder, "cafe.html", page).only();
        assertEquals("Caf\uFFFD opens.", doc.text());
        assertEquals(List.of("bytes at offset 53 are not valid UTF-8; replaced with U+FFFD"), doc.metadata().warnings());
    }

    private static final String STORY = "<p>The harbour board met on Friday and agreed to keep the night ferry running through the winter,"
            + " after islanders sent more than four hundred letters asking for it.</p>";

    @Test
    void hiddenElementsAndRubyAnnotationsAreNoText() {
        String page = "<html><body><article><h1>Night ferry stays</h1>" + STORY.repeat(3)
                + "<p style=\"display: none\">Hidden teaser for robots.</p><div hidden>Also hidden.</div>"
                + "<p aria-hidden=\"true\">Screen readers skip this.</p>"
                + "<p>The island is called <ruby>\u6E2F<rt>minato</rt></ruby> in the old maps.</p></article></body></html>";
        String text = Reading.write(folder, "hidden.html", page).only().text();
        assertTrue(text.endsWith("The island is called \u6E2F in the old maps."), text);
        for (String hidden : List.of("Hidden teaser", "Also hidden", "Screen readers", "minato")) {
            assertFalse(text.contains(hidden), hidden);
        }
    }

    @Test
    void elementsNamedForCommentsDoNotMakeAnArticleAThread() {
        String page = "<html><body><header><a class=\"comments-link\">12 comments</a></header><article><h1>Night ferry stays</h1>"
                + STORY.repeat(4) + "</article><div class=\"popular\"><h3>Most commented</h3><ul class=\"comment-list\">"
                + "<li class=\"comment\">Ferry fares rise by a fifth from May, the operator says in a letter</li>".repeat(12)
                + "</ul></div>"
                + "<div id=\"comment-form\"><p>Leave a comment</p></div><div class=\"recent\"><p>3 hours ago</p><p>5 hours ago</p>"
                + "<p>1 day ago</p></div></body></html>";
        String text = Reading.write(folder, "article.html", page).only().text();
        assertEquals("Night ferry stays\n\n" + String.join("\n\n", java.util.Collections.nCopies(4,
                STORY.replace("<p>", "").replace("</p>", ""))), text);
    }

    @Test
    void anArticleBesideTeaserCardsIsOneDocument() {
        String card = "<article><h3>%s</h3><p>A short teaser about %s that runs for a line or two on the page.</p>"
                + "<p>By Staff, 2 hours ago, in the news section of the site.</p></article>";
        String page = "<html><body><article><h1>Night ferry stays</h1>" + STORY.repeat(8) + "</article>"
                + String.format(card, "Fares rise", "fares") + String.format(card, "Market moves", "the market") + "</body></html>";
        Reading reading = Reading.write(folder, "cards.html", page);
        assertEquals(List.of("cards"), reading.ids());
        assertTrue(reading.texts().get(0).startsWith("Night ferry stays"));
    }
}
