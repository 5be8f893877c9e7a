package org.rhetorica.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.analysis.claims.ClaimSpan;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.LayerRegistry;
import org.rhetorica.index.Corpus;
import org.rhetorica.index.CorpusFixtures;
import org.rhetorica.index.IndexConfig;
import org.rhetorica.index.TestIndex;
import org.rhetorica.pipeline.Pipeline;

/** The claim pages: clusters by size, a cluster on a timeline, and "seen elsewhere" on a document's page. */
class ClaimPagesTest {
    @TempDir
    static Path folder;
    static Corpus corpus;
    static Workbench workbench;
    static Http http;

    private static Document article(String id, String source, String date, String body, String claim) {
        return new CorpusFixtures.Builder(id, "The ferry subsidy", source, date, body).claim(claim, 0.9, null).build();
    }

    @BeforeAll
    static void start() throws IOException {
        List<Layer<?>> layers = new ArrayList<>(Pipeline.writtenLayers().layers());
        if (layers.stream().noneMatch(layer -> layer.name().equals(ClaimSpan.LAYER.name()))) {
            layers.add(ClaimSpan.LAYER);
        }
        IndexConfig standard = IndexConfig.standard();
        IndexConfig config = new IndexConfig(standard.contributors(), standard.facets(), standard.facetsConfig(), standard.analyzer(),
                LayerRegistry.of(layers));
        corpus = TestIndex.of(folder, List.of(
                article("a", "Coastal Wire", "2025-06-24", "The ferry subsidy costs the council 4 million a year. Islanders disagree.",
                        "The ferry subsidy costs the council 4 million a year."),
                article("b", "Metro Daily", "2025-06-26", "Critics say the council spends 4 million a year on the ferry subsidy. Others shrug.",
                        "Critics say the council spends 4 million a year on the ferry subsidy."),
                article("d", "Metro Daily", "2025-07-03", "The ferry will stop running on Sundays from August. Tickets stay the same.",
                        "The ferry will stop running on Sundays from August.")), config);
        workbench = new Workbench(corpus, folder, config, null, null, Limits.defaults());
        http = new Http(workbench.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() throws IOException {
        workbench.close();
        corpus.close();
    }

    @Test
    void clustersAreListedByTheApiAndOnAPage() throws Exception {
        JsonNode clusters = Http.json(http.get("/api/claims"));
        assertEquals(1, clusters.size());
        JsonNode cluster = clusters.get(0);
        assertEquals("The ferry subsidy costs the council 4 million a year.", cluster.get("claim").asText());
        assertEquals(2, cluster.get("documents").asInt());
        assertEquals("[\"Coastal Wire\",\"Metro Daily\"]", cluster.get("sources").toString());
        assertEquals(2, Http.json(http.get("/api/claims?min-size=1")).size());

        org.jsoup.nodes.Document page = Jsoup.parse(http.get("/claims").body());
        Element link = page.selectFirst("table.claims a");
        assertEquals("The ferry subsidy costs the council 4 million a year.", link.text());
        assertEquals("/claims/" + cluster.get("id").asText(), link.attr("href"));
    }

    @Test
    void aClustersPageShowsItsClaimsOnATimelineAndTheDocumentsThatMakeThem() throws Exception {
        String id = Http.json(http.get("/api/claims")).get(0).get("id").asText();
        org.jsoup.nodes.Document page = Jsoup.parse(http.get("/claims/" + id).body());
        assertEquals(2, page.select("figure.timeline circle").size());
        assertEquals("2025-06-26 · Metro Daily · the document's own voice", page.select("figure.timeline circle title").get(1).text());
        assertEquals(List.of("a", "b"), page.select("table.claims td a").eachText());
        assertEquals(404, http.get("/claims/nothing").statusCode());
        assertEquals(404, http.get("/api/claims/cluster?id=nothing").statusCode());
    }

    @Test
    void aDocumentsPageUnderlinesItsClaimsAndLinksThoseMadeElsewhere() throws Exception {
        String id = Http.json(http.get("/api/claims")).get(0).get("id").asText();
        org.jsoup.nodes.Document page = Jsoup.parse(http.get("/document?key=a").body());
        Element mark = page.selectFirst("#text span.c");
        assertEquals("The ferry subsidy costs the council 4 million a year.", mark.text());
        assertEquals("check-worthy claim · score 0.90 · the document's own voice", mark.attr("data-tip"));
        Element elsewhere = page.selectFirst("ol.claims .elsewhere a");
        assertEquals("Seen elsewhere: 1 other document", elsewhere.text());
        assertEquals("/claims/" + id, elsewhere.attr("href"));
        assertTrue(Jsoup.parse(http.get("/document?key=d").body()).select("ol.claims .elsewhere").isEmpty());
    }
}
