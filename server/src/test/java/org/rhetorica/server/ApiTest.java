package org.rhetorica.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.index.Corpus;
import org.rhetorica.index.CorpusFixtures;
import org.rhetorica.index.IndexConfig;
import org.rhetorica.index.TestIndex;
import org.rhetorica.index.WordVectors;
import org.rhetorica.pipeline.Annotator;
import org.rhetorica.pipeline.Pipeline;

/** The API over a fixture index: answers, errors as JSON with a status and a message, limits, overload. */
class ApiTest {
    @TempDir
    static Path folder;
    static Corpus corpus;
    static Workbench workbench;
    static Http http;

    /** An "analysis" that only takes time, so that limits can be reached. */
    static final class Slow implements Annotator {
        @Override
        public Set<DataKey> requires() {
            return Set.of();
        }

        @Override
        public Set<DataKey> produces() {
            return Set.of();
        }

        @Override
        public Document annotate(Document doc) {
            try {
                Thread.sleep(doc.text().contains("slow") ? 1500 : 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return doc;
        }
    }

    @BeforeAll
    static void start() throws IOException {
        corpus = TestIndex.of(folder, CorpusFixtures.documents());
        Limits limits = new Limits(4096, 8192, Duration.ofMillis(700), 4, 1);
        workbench = new Workbench(corpus, folder, IndexConfig.standard(), Pipeline.of(Map.of("slow", new Slow())), new WordVectors(), limits);
        http = new Http(workbench.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() throws IOException {
        workbench.close();
        corpus.close();
    }

    private static void assertError(HttpResponse<String> response, int status, String messageStart) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode error = Http.json(response);
        assertEquals(status, error.get("status").asInt());
        assertTrue(error.get("message").asText().startsWith(messageStart), error.get("message").asText());
    }

    @Test
    void searchesWithFacetsAndSnippets() throws Exception {
        JsonNode result = Http.json(http.get("/api/search?q=ferry&f=source:Coastal%20Wire"));
        assertEquals(1, result.get("total").asInt());
        assertEquals("ferry-vote", result.get("hits").get(0).get("document").get("key").asText());
        assertEquals(2, result.get("hits").get(0).get("groupSize").asInt());
        JsonNode byMeaning = Http.json(http.get("/api/search?like=bakeries%20raised%20bread%20prices%20this%20week&limit=1"));
        assertEquals("bread-prices", byMeaning.get("hits").get(0).get("document").get("key").asText());
    }

    @Test
    void givesAggregatesDocumentsAndExports() throws Exception {
        JsonNode months = Http.json(http.get("/api/aggregates?series=documents&by=month"));
        assertEquals(3, months.get("buckets").size());
        assertEquals(3, months.get("buckets").get(2).get("count").asInt());
        JsonNode doc = Http.json(http.get("/api/document?key=water-cuts"));
        assertEquals("rhetorica-document/2", doc.get("format").asText());
        assertEquals(2, doc.get("techniques").size());
        HttpResponse<String> csv = http.get("/api/export?layer=quotes&format=csv&q=speaker:%22lena%20holm%22");
        assertEquals(200, csv.statusCode());
        assertEquals(3, csv.body().lines().count());
        assertEquals("attachment; filename=\"rhetorica-quotes.csv\"", csv.headers().firstValue("Content-Disposition").orElseThrow());
    }

    @Test
    void answersErrorsAsJson() throws Exception {
        assertError(http.get("/api/search?q=%22ferry"), 400, "cannot read the query");
        assertError(http.get("/api/search?f=colour:red"), 400, "no facet is called colour");
        assertError(http.get("/api/search?f=colour"), 400, "a filter is f=facet:value");
        assertError(http.get("/api/search?limit=5000"), 400, "results 0 to 5000 cannot be asked for");
        assertError(http.get("/api/search?offset=ten"), 400, "offset must be a whole number");
        assertError(http.get("/api/search?sort=colour"), 400, "sort by relevance or date");
        assertError(http.get("/api/aggregates?by=colour"), 400, "cannot make buckets by colour");
        assertError(http.get("/api/document?key=nothing"), 404, "no document nothing");
        assertError(http.get("/api/document"), 400, "give key");
        assertError(http.get("/api/export?layer=colours"), 400, "no layer colours to export");
        assertError(http.get("/api/export?format=xlsx"), 400, "no export format xlsx");
        assertError(http.get("/api/nothing-here"), 404, "Endpoint GET /api/nothing-here not found");
        assertError(http.post("/api/analyse", "application/json", "not json"), 400, "the request body is not JSON");
        assertError(http.post("/api/analyse", "application/json", "{\"title\":\"no text\"}"), 400, "give the text to analyse");
        assertError(http.post("/api/analyse", "application/json", "{\"text\":\"" + "x".repeat(5000) + "\"}"), 413, "");
    }

    @Test
    void limitsTheTimeOfAnAnalysisAndRefusesWhenBusy() throws Exception {
        long start = System.nanoTime();
        assertError(http.post("/api/analyse", "application/json", "{\"text\":\"a slow text\"}"), 503, "the analysis took longer");
        assertTrue(System.nanoTime() - start < 1_400_000_000L, "the time limit did not cut the wait");
        // The slow analysis still holds the one place: the next is refused at once, not queued.
        long refused = System.nanoTime();
        HttpResponse<String> busy = http.post("/api/analyse", "application/json", "{\"text\":\"a quick text\"}");
        assertError(busy, 503, "the workbench is busy");
        assertTrue(System.nanoTime() - refused < 500_000_000L);
        assertEquals("1", busy.headers().firstValue("Retry-After").orElseThrow());
        Thread.sleep(1200);
        JsonNode analysed = Http.json(http.post("/api/analyse", "application/json", "{\"text\":\"a quick text\",\"title\":\"Quick\"}"));
        assertEquals("Quick", analysed.get("result").get("title").asText());
        assertTrue(analysed.get("page").asText().startsWith("/analysed?token="));
        assertEquals(200, http.get(analysed.get("page").asText()).statusCode());
    }

    @Test
    void servesManySearchesAtOnceOrRefusesThemQuickly() throws Exception {
        List<CompletableFuture<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statuses.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return http.get("/api/search?q=council").statusCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<Integer> status : statuses) {
            int code = status.get();
            assertTrue(code == 200 || code == 503, "status " + code);
        }
    }

    @Test
    void sendsDocumentsOutForCorrection() throws Exception {
        JsonNode tasks = Http.json(http.get("/api/correction?tool=label-studio&q=source:%22valley%20courier%22"));
        assertEquals(2, tasks.size());
        assertTrue(tasks.get(0).get("predictions").get(0).get("result").size() > 0);
        assertTrue(http.get("/api/correction?tool=label-studio-config").body().startsWith("<View>"));
        assertError(http.get("/api/correction?tool=excel"), 400, "no correction tool excel");
        assertError(http.post("/api/correction", "application/json", "{}"), 400, "upload the corrected labels");
        assertEquals("application/zip", http.get("/api/gold").headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void describesItselfInOpenApi() throws Exception {
        JsonNode spec = Http.json(http.get("/openapi.json"));
        assertEquals("3.0.3", spec.get("openapi").asText());
        for (String path : List.of("/api/search", "/api/aggregates", "/api/document", "/api/export", "/api/analyse", "/api/index",
                "/api/group", "/api/facets", "/api/status", "/api/correction", "/api/gold", "/api/claims", "/api/claims/cluster")) {
            assertTrue(spec.get("paths").has(path), path);
        }
    }

    @Test
    void sendsASecurityPolicyWithoutInlineScript() throws Exception {
        for (String path : List.of("/", "/analyse", "/document?key=water-cuts", "/api/search", "/static/app.css", "/nothing")) {
            String policy = http.get(path).headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'self';"), path + ": " + policy);
            assertFalse(policy.contains("unsafe-inline"), path);
            assertTrue(policy.contains("frame-ancestors 'none'"), path);
        }
    }
}
