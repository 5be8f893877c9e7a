package org.rhetorica.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rhetorica.report.ExampleDocument.entity;
import static org.rhetorica.report.ExampleDocument.quote;
import static org.rhetorica.report.ExampleDocument.technique;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.analysis.techniques.Technique;
import org.rhetorica.analysis.techniques.TechniqueSpan;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.Span;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.text.Paragraphs;

class CorpusPageTest {
    @TempDir
    Path folder;

    private static Document document(String id, String text, String title, String source, String published) {
        Metadata metadata = new Metadata(id, new Origin(id + ".txt", 0, text.length(), null), title, null, published, published == null ? null : Metadata.FROM_MARKUP, source,
                null, "en", List.of(), null);
        return Document.of(text, metadata).with(Paragraphs.LAYER, List.of(new Span(0, text.length())));
    }

    /** Three documents from two sources: speakers quoted and using techniques, and techniques in the outlet's own voice. */
    private static List<Document> corpus() {
        String first = "\"Wait a year,\" said Ada Brook. \"Not now.\" Who believes the plan?";
        String second = "A disastrous, shameful budget. \"Fix it first,\" Cy Dane wrote, \"roads for all!\"";
        String third = "\"Doubtful,\" Ada Brook replied in Lakeside.";
        return List.of(
                document("a1", first, "Bridge vote <postponed>", "North Star", "2026-01-05")
                        .with(Quote.LAYER, List.of(
                                quote(find(first, "Wait a year"), Quote.Kind.DIRECT, find(first, "said"), find(first, "Ada Brook"), "Ada Brook"),
                                quote(find(first, "Not now."), Quote.Kind.DIRECT, null, null, "Ada Brook")))
                        .with(TechniqueSpan.LAYER, List.of(
                                technique(find(first, "Wait a year"), Technique.LOADED_LANGUAGE, 0.6, "Ada Brook"),
                                technique(find(first, "Who believes the plan?"), Technique.DOUBT, 0.7, null))),
                document("a2", second, "Budget row", "North Star", "2026-01-07")
                        .with(Quote.LAYER, List.of(quote(find(second, "Fix it first"), Quote.Kind.DIRECT, find(second, "wrote"), find(second, "Cy Dane"), "Cy Dane")))
                        .with(TechniqueSpan.LAYER, List.of(
                                technique(find(second, "disastrous"), Technique.LOADED_LANGUAGE, 0.8, null),
                                technique(find(second, "shameful"), Technique.LOADED_LANGUAGE, 0.7, null),
                                technique(find(second, "roads for all!"), Technique.SLOGANS, 0.9, "Cy Dane"))),
                document("b1", third, "Harbour reply", "Harbour Post", "2026-02-01")
                        .with(Metadata.of("b1", new Origin("b1.txt", 0, third.length(), null)).withTitle("Harbour reply")
                                .withSource("Harbour Post").withPublished("2026-02-01", Metadata.FROM_MARKUP).withLanguage("en")
                                .withWarning("replaced 2 bytes that are not UTF-8"))
                        .with(Quote.LAYER, List.of(quote(find(third, "Doubtful,"), Quote.Kind.DIRECT, find(third, "replied"),
                                find(third, "Ada Brook"), "Ada Brook")))
                        .with(TechniqueSpan.LAYER, List.of(technique(find(third, "Doubtful"), Technique.DOUBT, 0.5, "Ada Brook")))
                        .with(Entity.LAYER, List.of(entity(find(third, "Lakeside"), "LOCATION", "e1", "Lakeside"))));
    }

    private static Span find(String text, String part) {
        return Texts.find(text, part, 1);
    }

    private org.jsoup.nodes.Document writeCorpus() throws Exception {
        ResultWriter writer = new ResultWriter(folder);
        for (Document doc : corpus()) {
            writer.write(doc);
        }
        writer.failed(new InputFailure("inbox/<broken>.warc", "truncated record at byte 512"));
        writer.finish();
        return Jsoup.parse(Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8));
    }

    private static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    private static Element section(org.jsoup.nodes.Document page, String heading) {
        return page.select("main section").stream().filter(s -> s.selectFirst("h2").text().equals(heading)).findFirst().orElseThrow();
    }

    /** Each bar as "label: segment class width title, ... = total". */
    private static List<String> bars(Element section) {
        return section.select(".chart .row").stream().map(row -> row.selectFirst(".label").text() + ": "
                + String.join(", ", row.select(".seg").stream().map(seg -> seg.className() + " "
                        + seg.attr("style") + " " + seg.attr("title")).toList())
                + " = " + row.selectFirst(".total").text()).toList();
    }

    @Test
    void listsEveryDocumentWithItsCountsPerLayerAndLinks() throws Exception {
        org.jsoup.nodes.Document page = writeCorpus();
        assertEquals("3 documents", page.selectFirst("h1").text());
        assertEquals(List.of("document", "source", "published", "language", "paragraphs", "quotes", "techniques", "entities", "warnings"),
                texts(page.select("table.documents thead th")));
        assertEquals(List.of(
                        "Bridge vote <postponed> json North Star 2026-01-05 en 1 2 2 0",
                        "Budget row json North Star 2026-01-07 en 1 1 3 0",
                        "Harbour reply json Harbour Post 2026-02-01 en 1 1 1 1 replaced 2 bytes that are not UTF-8"),
                texts(page.select("table.documents tbody tr")));
        assertEquals(List.of("a1.html", "a1.json"), page.select("table.documents tbody tr").get(0).select("a").eachAttr("href"));
        assertEquals(List.of("3 paragraphs", "4 quotes", "6 techniques", "1 entities", "1 input failed"), texts(page.select(".totals li")));
    }

    @Test
    void drawsTechniqueCountsPerSourceAndPerSpeakerAsBars() throws Exception {
        org.jsoup.nodes.Document page = writeCorpus();
        assertEquals(List.of(
                        "North Star: seg tc5 width:20.00% Doubt: 1, seg tc8 width:60.00% Loaded language: 3, seg tc11 width:20.00% Slogans: 1 = 5",
                        "Harbour Post: seg tc5 width:20.00% Doubt: 1 = 1"),
                bars(section(page, "Persuasion techniques by source")));
        assertEquals(List.of("Doubt", "Loaded language", "Slogans"),
                texts(section(page, "Persuasion techniques by source").select(".key li")));
        assertEquals(List.of(
                        "own voice of North Star: seg tc5 width:33.33% Doubt: 1, seg tc8 width:66.67% Loaded language: 2 = 3",
                        "Ada Brook: seg tc5 width:33.33% Doubt: 1, seg tc8 width:33.33% Loaded language: 1 = 2",
                        "Cy Dane: seg tc11 width:33.33% Slogans: 1 = 1"),
                bars(section(page, "Persuasion techniques by speaker")));
    }

    @Test
    void tabulatesSpeakersAcrossTheCorpus() throws Exception {
        org.jsoup.nodes.Document page = writeCorpus();
        assertEquals(List.of("Ada Brook 2 3 6 2", "own voice of North Star 2 0 0 3", "Cy Dane 1 1 3 1"),
                texts(section(page, "Speakers").select("tbody tr")));
    }

    @Test
    void aSpeakerNamedTwoWaysInTwoDocumentsIsOneSpeakerAndAliasesRenameThemEverywhere() throws Exception {
        String first = "\"Wait a year,\" said Ada Brook.";
        String second = "\"Not now,\" Brook said. \"Roads first,\" Cy Dane wrote.";
        Path aliases = folder.resolve("aliases.csv");
        Files.writeString(aliases, "Cy Dane,Cyrus Dane\n", StandardCharsets.UTF_8);
        ResultWriter writer = new ResultWriter(folder.resolve("out"), org.rhetorica.analysis.entities.Aliases.read(aliases));
        writer.write(document("a", first, "A", "North Star", "2026-01-05")
                .with(Entity.LAYER, List.of(new Entity(20, 29, "PERSON", "e1", "Ada Brook", Entity.Kind.NAME)))
                .with(Quote.LAYER, List.of(new Quote(1, 12, Quote.Kind.DIRECT, find(first, "said"), find(first, "Ada Brook"),
                        "Ada Brook", "e1"))));
        writer.write(document("b", second, "B", "North Star", "2026-01-06")
                .with(Entity.LAYER, List.of(new Entity(11, 16, "PERSON", "e1", "Brook", Entity.Kind.NAME),
                        new Entity(38, 45, "PERSON", "e2", "Cy Dane", Entity.Kind.NAME)))
                .with(Quote.LAYER, List.of(
                        new Quote(1, 8, Quote.Kind.DIRECT, find(second, "said"), find(second, "Brook"), "Brook", "e1"),
                        new Quote(24, 35, Quote.Kind.DIRECT, find(second, "wrote"), find(second, "Cy Dane"), "Cy Dane", "e2"))));
        writer.finish();
        org.jsoup.nodes.Document page = Jsoup.parse(Files.readString(folder.resolve("out").resolve("index.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("Ada Brook 2 2 5 0", "Cyrus Dane 1 1 2 0"), texts(section(page, "Speakers").select("tbody tr")));
        String json = Files.readString(folder.resolve("out").resolve("b.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"speaker\" : \"Cyrus Dane\""), json);
        assertTrue(json.contains("\"name\" : \"Cyrus Dane\""), json);
        assertFalse(json.contains("\"speaker\" : \"Cy Dane\"") || json.contains("\"name\" : \"Cy Dane\""), json);
    }

    @Test
    void reportsFailedInputsWithTheirReasonsAndEscapesEverything() throws Exception {
        org.jsoup.nodes.Document page = writeCorpus();
        assertEquals(List.of("inbox/<broken>.warc truncated record at byte 512"), texts(page.select("#failures tbody tr")));
        String html = Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<postponed>"));
        assertFalse(html.contains("<broken>"));
    }

    @Test
    void saysWhatWasNotAnalysedRatherThanThatNothingWasFound() throws Exception {
        ResultWriter writer = new ResultWriter(folder);
        writer.write(document("plain", "Only paragraphs here.", "Plain", null, null));
        writer.finish();
        org.jsoup.nodes.Document page = Jsoup.parse(Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("Techniques were not analysed in this run.", "Techniques were not analysed in this run.",
                "Quotes and techniques were not analysed in this run."), texts(page.select("p.none")));
        assertEquals(List.of("Plain json en 1"), texts(page.select("table.documents tbody tr")));
    }
}
