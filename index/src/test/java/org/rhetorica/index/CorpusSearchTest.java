package org.rhetorica.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSearchTest {
    @TempDir
    static Path folder;
    static Corpus corpus;

    @BeforeAll
    static void index() throws IOException {
        corpus = TestIndex.of(folder, CorpusFixtures.documents());
    }

    @AfterAll
    static void close() throws IOException {
        corpus.close();
    }

    private static SearchResult search(String query) throws IOException {
        return corpus.search(new SearchRequest(query, Map.of(), "", SearchRequest.Order.RELEVANCE, 0, 20), new WordVectors());
    }

    private static List<String> keys(SearchResult result) {
        return result.hits().stream().map(hit -> hit.document().key()).sorted().toList();
    }

    @Test
    void findsWordsPhrasesAndFields() throws IOException {
        assertEquals(List.of("ferry-vote", "ferry-vote-copy", "undated-note"), keys(search("ferry")));
        assertEquals(List.of("ferry-vote", "ferry-vote-copy"), keys(search("\"ferry subsidy\" AND council")));
        assertEquals(List.of("bread-prices", "water-cuts"), keys(search("speaker:\"Petra Nyberg\"")));
        assertEquals(List.of("water-cuts"), keys(search("technique:doubt")));
        assertEquals(List.of("ferry-vote", "ferry-vote-copy"), keys(search("technique:Loaded_Language")));
        assertEquals(List.of("bread-prices", "ferry-vote", "ferry-vote-copy"), keys(search("published:[2025-06-01 TO 2025-06-30]")));
        assertEquals(List.of("old-town"), keys(search("source:\"metro daily\" NOT ferry")));
    }

    @Test
    void sortsByDateNewestFirstWithUndatedLast() throws IOException {
        SearchResult all = corpus.search(new SearchRequest("", Map.of(), "", SearchRequest.Order.DATE, 0, 20), null);
        assertEquals(List.of("ferry-vote-copy", "ferry-vote", "bread-prices", "old-town", "water-cuts", "undated-note"),
                all.hits().stream().map(hit -> hit.document().key()).toList());
        assertEquals(6, all.total());
    }

    @Test
    void marksTheMatchedWordsInSnippets() throws IOException {
        SearchResult result = search("irrigation");
        List<SearchResult.Fragment> matched = result.hits().get(0).snippet().stream().filter(SearchResult.Fragment::match).toList();
        assertEquals(List.of("irrigation", "irrigation"), matched.stream().map(SearchResult.Fragment::text).toList());
    }

    @Test
    void countsFacetsOfEveryResultSet() throws IOException {
        Map<String, Map<String, Long>> facets = facets(search(""));
        assertEquals(Map.of("Metro Daily", 2L, "Valley Courier", 2L, "Coastal Wire", 1L), facets.get("source"));
        assertEquals(Map.of("2025-06", 3L, "2025-03", 1L, "2025-04", 1L), facets.get("month"));
        assertEquals(Map.of("Loaded_Language", 2L, "Exaggeration,Minimisation", 1L, "Doubt", 1L, "Causal_Oversimplification", 1L),
                facets.get("technique"));
        assertEquals(Map.of("Lena Holm", 2L, "Petra Nyberg", 2L, "Sofia Lind", 1L), facets.get("speaker"));
        SearchResult.FacetValue loaded = search("").facets().stream().filter(f -> f.name().equals("technique")).findFirst().orElseThrow()
                .values().stream().filter(v -> v.value().equals("Loaded_Language")).findFirst().orElseThrow();
        assertEquals("Loaded language", loaded.label());
    }

    @Test
    void aFacetFilteredOnStillCountsItsOtherValues() throws IOException {
        SearchResult valley = corpus.search(new SearchRequest("", Map.of("source", List.of("Valley Courier")), "",
                SearchRequest.Order.RELEVANCE, 0, 20), null);
        assertEquals(List.of("bread-prices", "water-cuts"), keys(valley));
        Map<String, Map<String, Long>> facets = facets(valley);
        assertEquals(Map.of("Metro Daily", 2L, "Valley Courier", 2L, "Coastal Wire", 1L), facets.get("source"));
        assertEquals(Map.of("Exaggeration,Minimisation", 1L, "Doubt", 1L, "Causal_Oversimplification", 1L), facets.get("technique"));
        assertTrue(valley.facets().get(0).values().stream().anyMatch(v -> v.value().equals("Valley Courier") && v.selected()));
    }

    @Test
    void groupsNearDuplicatesAndDropsNone() throws IOException {
        SearchResult ferry = search("\"public gallery\"");
        assertEquals(2, ferry.total());
        ferry.hits().forEach(hit -> {
            assertEquals("ferry-vote", hit.document().group());
            assertEquals(2, hit.groupSize());
        });
        assertEquals(List.of("ferry-vote", "ferry-vote-copy"), corpus.group("ferry-vote").stream().map(Summary::key).toList());
        assertEquals("water-cuts", corpus.summary("water-cuts").group());
    }

    @Test
    void findsPassagesByMeaning() throws IOException {
        SearchResult result = corpus.search(new SearchRequest("", Map.of("source", List.of("Valley Courier")),
                "bakeries raised bread prices this week", SearchRequest.Order.RELEVANCE, 0, 5), new WordVectors());
        SearchResult.Hit first = result.hits().get(0);
        assertEquals("bread-prices", first.document().key());
        // The passage: the paragraph's sentences, up to three.
        assertEquals("Bakeries raised bread prices this week. Petra Nyberg said bread costs more because the water board panicked.",
                first.snippet().get(0).text());
        assertEquals(List.of("bread-prices", "water-cuts"), keys(result));
        SearchResult narrowed = corpus.search(new SearchRequest("irrigation", Map.of(), "bakeries raised bread prices",
                SearchRequest.Order.RELEVANCE, 0, 5), new WordVectors());
        assertEquals(List.of("water-cuts"), keys(narrowed));
    }

    @Test
    void saysWhatIsWrongWithAQuery() {
        IllegalArgumentException unclosed = assertThrows(IllegalArgumentException.class, () -> search("\"ferry"));
        assertTrue(unclosed.getMessage().startsWith("cannot read the query \"ferry: "), unclosed.getMessage());
        IllegalArgumentException facet = assertThrows(IllegalArgumentException.class, () -> corpus.search(
                new SearchRequest("", Map.of("colour", List.of("red")), "", SearchRequest.Order.RELEVANCE, 0, 5), null));
        assertTrue(facet.getMessage().startsWith("no facet is called colour; there are source, year, month, language"), facet.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SearchRequest("", Map.of(), "", null, 0, 500));
    }

    @Test
    void readsDocumentsBackWithEveryLayer() throws IOException {
        var doc = corpus.document("water-cuts");
        var original = CorpusFixtures.documents().get(2);
        assertEquals(org.rhetorica.doc.DocumentJson.toLine(original), org.rhetorica.doc.DocumentJson.toLine(doc));
        assertEquals(null, corpus.document("no-such-document"));
    }

    static Map<String, Map<String, Long>> facets(SearchResult result) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        result.facets().forEach(f -> facets.put(f.name(), f.values().stream()
                .collect(Collectors.toMap(SearchResult.FacetValue::value, SearchResult.FacetValue::count))));
        return facets;
    }
}
