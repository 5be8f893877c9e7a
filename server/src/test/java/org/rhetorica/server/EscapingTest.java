package org.rhetorica.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.doc.Document;
import org.rhetorica.index.Corpus;
import org.rhetorica.index.CorpusFixtures;
import org.rhetorica.index.IndexConfig;
import org.rhetorica.index.TestIndex;

/** Document text and metadata are data, never markup; no request reaches the file system. */
class EscapingTest {
    static final String SCRIPT = "<script>alert('owned')</script>";
    static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";

    @TempDir
    static Path folder;
    static Corpus corpus;
    static Workbench workbench;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        Document evil = new CorpusFixtures.Builder("evil", "Title " + SCRIPT, "Source " + ATTRIBUTE, "2025-05-05",
                "He said \"we will win " + SCRIPT + "\" and left. The end " + ATTRIBUTE + ".")
                .quote("we will win " + SCRIPT, "Speaker " + ATTRIBUTE, Quote.Kind.DIRECT)
                .technique("we will win", "Slogans", 0.5, "Speaker " + ATTRIBUTE)
                .build();
        corpus = TestIndex.of(folder, List.of(evil));
        workbench = new Workbench(corpus, folder, IndexConfig.standard(), null, null, Limits.defaults());
        http = new Http(workbench.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() throws IOException {
        workbench.close();
        corpus.close();
    }

    @Test
    void theDocumentPageShowsMarkupAsText() throws Exception {
        HttpResponse<String> page = http.get("/document?key=evil");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertFalse(html.contains(SCRIPT), "raw script in the page");
        assertFalse(html.contains("<img src=x"), "raw tag in the page");
        assertTrue(html.contains("Title &lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("Source &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        // The one inline element that is not style is data, and it cannot be closed early.
        assertFalse(html.contains("<script>"), "an inline script");
        assertTrue(html.contains("<script src=\"/report/report.js\"></script>"));
    }

    @Test
    void errorPagesEscapeWhatTheRequestSaid() throws Exception {
        HttpResponse<String> missing = http.get("/document?key=%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(404, missing.statusCode());
        assertFalse(missing.body().contains("<script>alert"));
        assertTrue(missing.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void apiAnswersAreJsonThatBrowsersDoNotSniff() throws Exception {
        HttpResponse<String> search = http.get("/api/search?q=owned");
        assertEquals("nosniff", search.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(search.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals("Title " + SCRIPT, Http.json(search).get("hits").get(0).get("document").get("title").asText());
    }

    @Test
    void noRequestReachesTheFileSystem() throws Exception {
        for (String path : List.of("/static/../../../../pom.xml", "/static/..%2f..%2f..%2fpom.xml", "/report/%2e%2e/%2e%2e/pom.xml",
                "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/report/../../../../../../etc/passwd")) {
            HttpResponse<String> response = http.get(path);
            assertNotEquals(200, response.statusCode(), path);
            assertFalse(response.body().contains("<modelVersion>") || response.body().contains("root:x:"), path);
        }
        HttpResponse<String> key = http.get("/api/document?key=../../../../etc/passwd");
        assertEquals(404, key.statusCode());
        assertEquals(200, http.get("/static/app.css").statusCode());
        assertEquals(200, http.get("/report/report.js").statusCode());
    }
}
