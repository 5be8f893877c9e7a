package org.rhetorica.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rhetorica.report.ExampleDocument.entity;
import static org.rhetorica.report.ExampleDocument.quote;
import static org.rhetorica.report.ExampleDocument.technique;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.rhetorica.analysis.claims.ClaimSpan;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.analysis.techniques.Technique;
import org.rhetorica.analysis.techniques.TechniqueSpan;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.Span;
import org.rhetorica.doc.Spanned;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.text.Post;
import org.rhetorica.text.Sentences;
import org.rhetorica.text.Turn;

class HtmlReportTest {
    private static final String SCRIPT = "<script>alert(1)</script>";

    /** A layer this page has no view of its own for. */
    public record Stance(int start, int end, String stance, Span topic) implements Spanned {}

    private static Document whole(Document doc) {
        return doc.with(Paragraphs.LAYER, List.of(new Span(0, doc.text().length())));
    }

    private static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    @Test
    void aBidiOverrideInTheTextCannotReverseThePageAndOnlyThePagesOwnScriptMayRun() {
        String text = "The refund is \u202E0001\u202C crowns, she wrote.";
        Document doc = whole(Document.of(text, new Metadata("bidi", new Origin("bidi.txt", 0, text.length(), null),
                "Refund \u202Eevil", null, null, null, null, null, "en", List.of(), null)));
        String html = HtmlReport.render(doc);

        assertFalse(html.contains("\u202E") || html.contains("\u202C"), "a bidi control reached the page");
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertTrue(page.select("#text").text().contains("The refund is \u27E8RLO\u27E90001\u27E8PDF\u27E9 crowns"));
        Element policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertTrue(policy != null && policy.attr("content").startsWith("default-src 'none';"), "no policy");
        List<Element> scripts = page.select("script:not([type=application/json])");
        assertEquals(1, scripts.size());
        assertEquals(Html.contentSecurityPolicy(scripts.get(0).data()), policy.outerHtml().replace("\">", "\">"),
                "the policy names the hash of the page's one script");
    }

    @Test
    void scriptsInTextMetadataAndSpeakerNamesShowAsText() {
        String text = "Intro " + SCRIPT + " ends.";
        Span inside = Texts.find(text, SCRIPT, 1);
        Metadata metadata = new Metadata("evil", new Origin(SCRIPT, 0, text.length(), SCRIPT), SCRIPT, SCRIPT, SCRIPT, SCRIPT,
                SCRIPT, "javascript:alert(1)", "en", List.of(SCRIPT), null);
        Document doc = whole(Document.of(text, metadata))
                .with(Quote.LAYER, List.of(quote(inside, Quote.Kind.DIRECT, null, null, SCRIPT)))
                .with(TechniqueSpan.LAYER, List.of(new TechniqueSpan(inside.start(), inside.end(), SCRIPT, 0.5, SCRIPT)))
                .with(Entity.LAYER, List.of(entity(inside, SCRIPT, SCRIPT, SCRIPT)))
                .with(Turn.LAYER, List.of(new Turn(0, 5, SCRIPT, Turn.Role.INTERVIEWEE, null)))
                .with(Post.LAYER, List.of(new Post(inside.start(), inside.end(), SCRIPT, SCRIPT, 0, SCRIPT, SCRIPT, SCRIPT, SCRIPT, 1)));
        String html = HtmlReport.render(doc);

        assertFalse(html.contains("<script>alert"), "a script from the document became markup");
        assertFalse(html.contains("href=\"javascript:"), "a javascript: address became a link");
        assertEquals(2, html.split("<script", -1).length - 1, "only the page's data block and script");
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertEquals(SCRIPT, page.selectFirst("h1").text());
        assertEquals(List.of("Intro", SCRIPT, "ends."), texts(page.select("#text p")));
        assertEquals(SCRIPT, page.selectFirst(".speakers .name").text());
        assertEquals(SCRIPT, page.selectFirst("table.matrix tbody th").text());
        assertEquals(List.of(SCRIPT, SCRIPT), texts(page.select("#text .head .who")));
        assertEquals("direct quote · " + SCRIPT, page.selectFirst("#text .quote").attr("data-tip"));
        assertEquals("javascript:alert(1)", page.select(".meta dd").get(5).text());
        assertEquals(List.of(SCRIPT), texts(page.select(".warnings li")));
    }

    @Test
    void nestedAndCrossingSpansEachGetHighlightsWithTheirTooltips() {
        String text = "Officials said the plan was a reckless gamble by Mayor Ann Holt today.";
        Document doc = whole(Texts.document("nested", text))
                .with(Quote.LAYER, List.of(quote(Texts.find(text, "the plan was a reckless gamble", 1), Quote.Kind.INDIRECT,
                        Texts.find(text, "said", 1), Texts.find(text, "Officials", 1), "city officials")))
                .with(TechniqueSpan.LAYER, List.of(
                        technique(Texts.find(text, "reckless gamble by Mayor Ann Holt", 1), Technique.LOADED_LANGUAGE, 0.66, "city officials"),
                        technique(Texts.find(text, "reckless", 1), Technique.EXAGGERATION_MINIMISATION, 0.35, "city officials")))
                .with(Entity.LAYER, List.of(entity(Texts.find(text, "Ann Holt", 1), "PERSON", "e1", "Ann Holt")));
        String html = HtmlReport.render(doc);

        String loaded = "<span class=\"m t tc8\" data-i=\"1\" data-s=\"30\" data-e=\"63\" data-tip=\"Loaded language · score 0.66 · city officials\">";
        assertTrue(html.contains("<p><span class=\"m q q-who s0\" data-tip=\"names the speaker: city officials\">Officials</span> "
                + "<span class=\"m q q-cue\" data-tip=\"attributes a quote to city officials\">said</span> "
                + "<span class=\"m q quote k-indirect s0\" data-s=\"15\" data-e=\"45\" data-tip=\"reported speech · city officials · cue “said”\">the plan was a "
                + loaded + "<span class=\"m t tc6\" data-i=\"0\" data-s=\"30\" data-e=\"38\" data-tip=\"Exaggeration / minimisation · score 0.35 · city officials\">"
                + "reckless</span> gamble</span></span>" + loaded + " by Mayor "
                + "<span class=\"m e et-person n0\" data-tip=\"PERSON · Ann Holt\">Ann Holt</span></span> today.</p>"), html);
    }

    @Test
    void peopleAndOrganisationsAreListedWithTheirMentionsAndQuotesAndPickOutEveryMention() {
        String text = "Mayor Ann Holt visited Lakeside. \"We will rebuild the pier,\" Holt said. She left at noon.";
        Span said = Texts.find(text, "We will rebuild the pier", 1);
        Document doc = whole(Texts.document("people", text))
                .with(Entity.LAYER, List.of(
                        new Entity(6, 14, "PERSON", "e1", "Ann Holt", Entity.Kind.NAME),
                        new Entity(23, 31, "LOCATION", "e2", "Lakeside", Entity.Kind.NAME),
                        new Entity(61, 65, "PERSON", "e1", "Ann Holt", Entity.Kind.NAME),
                        new Entity(72, 75, "PERSON", "e1", "Ann Holt", Entity.Kind.PRONOUN)))
                .with(Quote.LAYER, List.of(new Quote(said.start(), said.end(), Quote.Kind.DIRECT, Texts.find(text, "said", 1),
                        Texts.find(text, "Holt", 2), "Ann Holt", "e1")));
        org.jsoup.nodes.Document page = Jsoup.parse(HtmlReport.render(doc));

        assertEquals(List.of("Ann Holt"), texts(page.select("ul.entities button .name")));
        assertEquals(List.of("person · 3 mentions · 1 quote"), texts(page.select("ul.entities button .n")));
        assertEquals(List.of("Ann Holt, Holt, She"), texts(page.select("ul.entities .forms")));
        assertEquals(List.of("“We will rebuild the pier”"), texts(page.select("ul.entities ul.said li")));
        assertEquals(List.of("location · 1 mention"), texts(page.select("p.places button .n")));
        Element button = page.selectFirst("ul.entities button");
        assertEquals("n0", button.attr("data-speaker"));
        assertEquals(List.of("Ann Holt", "Holt", "She"), texts(page.select("#text .e.n0")));
        assertEquals("PERSON · Ann Holt · pronoun", page.select("#text .e.n0").last().attr("data-tip"));
    }

    @Test
    void whoUsesWhichTechniqueCountsEachSpeakerAndTheDocumentsOwnVoice() {
        String text = "Alpha beta gamma delta epsilon zeta.";
        Document doc = whole(Texts.document("matrix", text)).with(Metadata.of("matrix", new Origin("m.txt", 0, 36, null))
                        .withSource("Valley Post"))
                .with(TechniqueSpan.LAYER, List.of(
                        technique(Texts.find(text, "Alpha", 1), Technique.LOADED_LANGUAGE, 0.9, "Ada Brook"),
                        technique(Texts.find(text, "beta", 1), Technique.LOADED_LANGUAGE, 0.8, "Ada Brook"),
                        technique(Texts.find(text, "gamma", 1), Technique.DOUBT, 0.5, "Ada Brook"),
                        technique(Texts.find(text, "delta", 1), Technique.DOUBT, 0.7, "Cy Dane"),
                        technique(Texts.find(text, "epsilon", 1), Technique.SLOGANS, 0.3, null),
                        technique(Texts.find(text, "zeta", 1), Technique.DOUBT, 0.2, null)));
        org.jsoup.nodes.Document page = Jsoup.parse(HtmlReport.render(doc));

        assertEquals(List.of("speaker", "Doubt", "Loaded language", "Slogans", "all"), texts(page.select("table.matrix thead th")));
        assertEquals(List.of("Ada Brook 1 2 0 3", "the document's own voice (Valley Post) 1 0 1 2", "Cy Dane 1 0 0 1"),
                texts(page.select("table.matrix tbody tr")));
        assertEquals("2", page.selectFirst("td[data-cell=0:8]").text());
        assertEquals(List.of("3", "2", "1"), List.of(page.selectFirst(".legend td[data-technique-count=5]").text(),
                page.selectFirst(".legend td[data-technique-count=8]").text(), page.selectFirst(".legend td[data-technique-count=11]").text()));
        assertEquals(List.of("Doubt3", "Loaded language2", "Slogans1"), texts(page.select("aside .counts li")));
        // The slider recounts from [technique number, table row, score] per span, in layer order.
        assertEquals("{\"spans\":[[8,0,0.9],[8,0,0.8],[5,0,0.5],[5,2,0.7],[11,1,0.3],[5,1,0.2]]}",
                page.getElementById("technique-data").data());
    }

    @Test
    void theLegendGivesEveryTechniqueItsTitleDefinitionAndExample() {
        Elements rows = Jsoup.parse(HtmlReport.render(ExampleDocument.build())).select("table.legend tbody tr");
        assertEquals(Technique.values().length, rows.size());
        Technique doubt = Technique.DOUBT;
        Element row = rows.get(doubt.ordinal());
        assertEquals(List.of(doubt.definition(), "“" + doubt.example() + "”", "0"), texts(row.select("td")));
        assertEquals(doubt.title(), row.selectFirst("th").text());
        assertEquals("absent", row.className());
    }

    @Test
    void turnsAndPostsAreBlocksHeadedByTheirSpeakerAndLabelsLeaveTheText() {
        org.jsoup.nodes.Document page = Jsoup.parse(HtmlReport.render(ExampleDocument.build()));
        assertEquals(List.of("Eda Dunn interviewer ED:", "Lena Moss interviewee LM:"),
                page.select("#text section.turn .head").stream().map(head -> String.join(" ", head.children().eachText())).toList());
        assertEquals(List.of("Will the ferry keep running?", "It will. Every serious engineer agrees with us."),
                texts(page.select("#text section.turn p")));
        assertEquals(List.of("gull_watcher 12 points 2 hours ago"),
                page.select("#text section.post .head").stream().map(head -> String.join(" ", head.children().eachText())).toList());
        assertEquals(List.of("\uD83C\uDF0A Clean harbour, safe harbour!"), texts(page.select("#text section.post p")));
        assertEquals(List.of("Ferry talks resume in Port Alder after a chaotic winter",
                        "Mayor Lena Moss said on Monday that the council would reopen talks on the ferry timetable. "
                                + "\"Either we fix the timetable this year or the islands empty out,\" Moss said.",
                        "gull_watcher 12 points 2 hours ago"),
                texts(page.select("#text > p")));
        assertEquals("block turn s1", page.select("#text section.turn").get(1).className());
    }

    @Test
    void theQuotedSpeakersAreListedMostQuotedFirstWithTheirWords() {
        org.jsoup.nodes.Document page = Jsoup.parse(HtmlReport.render(ExampleDocument.build()));
        Elements speakers = page.select(".speakers button");
        assertEquals(List.of("Lena Moss", "Eda Dunn", "gull_watcher"), texts(speakers.select(".name")));
        assertEquals(List.of("3 quotes · 29 words", "1 quote · 5 words", "1 quote · 5 words"), texts(speakers.select(".n")));
        // A click picks out the elements of the speaker's class: Lena Moss is s1 in the text too.
        assertEquals("s1", speakers.get(0).attr("data-speaker"));
        assertEquals(5, page.select("#text .quote.s1, #text .q-who.s1").size());
    }

    @Test
    void sentenceStartsAreMarkedAndHiddenUntilAsked() {
        org.jsoup.nodes.Document page = Jsoup.parse(HtmlReport.render(ExampleDocument.build()));
        // 8 sentences, 2 of which start in a turn label, which the turn's heading shows instead.
        assertEquals(6, page.select("#text .sb").size());
        assertEquals("hide-s", page.getElementById("text").className());
        assertNull(page.selectFirst("input[data-layer=s]").attribute("checked"));
        assertEquals(List.of("techniques4", "quotes5", "entities3", "sentence starts8", "claims2"), texts(page.select(".toggles li")));
    }

    @Test
    void claimsAreUnderlinedWithTheirScoreAndListedWithTheFactCheckTheyRepeat() {
        org.jsoup.nodes.Document page = Jsoup.parse(HtmlReport.render(ExampleDocument.build()));
        List<Element> marks = page.select("#text span.c");
        assertEquals(List.of("m c c-mid", "m c c-mid"), marks.stream().map(Element::className).toList());
        assertEquals("check-worthy claim · score 0.64 · Lena Moss · fact-checked: Unproven", marks.get(1).attr("data-tip"));
        assertEquals(List.of("0.71", "0.64"), page.select("ol.claims .score").eachText());
        Element known = page.selectFirst("ol.claims .known");
        assertEquals("Fact-checked: Unproven · “Engineers all back the Port Alder ferry timetable.” (match 0.83)", known.text());
        assertEquals("https://checks.example.org/port-alder-engineers", known.selectFirst("a").attr("href"));
        // A page on disk has no index to link to.
        assertTrue(page.select("ol.claims .elsewhere").isEmpty());
    }

    @Test
    void aDocumentInAnotherLanguageWithEmptyEnglishLayersStillRenders() {
        String text = "Le conseil de Port-Aubel a voté mardi.\n\nLa séance a duré deux heures.";
        Document doc = Document.of(text, Metadata.of("fr", new Origin("fr.txt", 0, text.length(), null)).withLanguage("fr"))
                .with(Paragraphs.LAYER, List.of(Texts.find(text, "Le conseil de Port-Aubel a voté mardi.", 1),
                        Texts.find(text, "La séance a duré deux heures.", 1)))
                .with(Sentences.LAYER, List.of()).with(Quote.LAYER, List.of()).with(Entity.LAYER, List.of())
                .with(TechniqueSpan.LAYER, List.of()).with(ClaimSpan.LAYER, List.of());
        org.jsoup.nodes.Document page = Jsoup.parse(HtmlReport.render(doc));
        assertEquals(List.of("Le conseil de Port-Aubel a voté mardi.", "La séance a duré deux heures."), texts(page.select("#text p")));
        assertEquals("fr", page.getElementById("text").attr("lang"));
        assertTrue(page.selectFirst(".note").text().contains("English text only"));
        assertEquals(List.of("No check-worthy claims.", "No technique found."), texts(page.select("main p.none")).subList(0, 2));
        assertEquals("{\"spans\":[]}", page.getElementById("technique-data").data());
    }

    @Test
    void textNoParagraphCoversIsShownAsIsAndAnEmptyDocumentSaysSo() {
        org.jsoup.nodes.Document page = Jsoup.parse(HtmlReport.render(Texts.document("raw", "line one\n\nline two\n")));
        assertEquals(List.of("line one\n\nline two"), page.select("#text p.loose").stream().map(Element::wholeText).toList());
        assertEquals("The document is empty.", Jsoup.parse(HtmlReport.render(Texts.document("empty", ""))).selectFirst("#text").text());
    }

    @Test
    void aLayerWithoutAViewOfItsOwnIsHighlightedWithItsFields() {
        String text = "Taxes should fall.";
        Layer<Stance> stances = Layer.written("stances", Stance.class);
        Document doc = whole(Texts.document("stances", text))
                .with(stances, List.of(new Stance(0, 17, "for", Texts.find(text, "Taxes", 1))));
        org.jsoup.nodes.Document page = Jsoup.parse(HtmlReport.render(doc));
        Element stance = page.selectFirst("#text span.g0");
        assertEquals("Taxes should fall", stance.text());
        assertEquals("stances · stance: for · topic: “Taxes”", stance.attr("data-tip"));
        assertEquals("stances1", page.select(".toggles li").last().text());
    }

    @Test
    void layersThatWereNotComputedAreSaidToBeNotAnalysedNotEmpty() {
        org.jsoup.nodes.Document page = Jsoup.parse(HtmlReport.render(whole(Texts.document("plain", "Only paragraphs here."))));
        assertEquals(List.of("Claims were not analysed.", "Techniques were not analysed.", "Entities were not analysed.",
                "Techniques were not analysed.", "Quotes were not analysed."), texts(page.select("p.none")));
        assertTrue(page.select(".toggles li").isEmpty());
        assertNull(page.getElementById("threshold"));
    }
}
