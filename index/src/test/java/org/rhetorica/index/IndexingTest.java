package org.rhetorica.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.IngestOptions;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.ingest.InputFile;
import org.rhetorica.pipeline.Pipeline;

class IndexingTest {
    @TempDir
    Path temp;

    /** Writes the fixtures as a JSON Lines file of results, as 'analyze --format jsonl' would. */
    static Path results(Path folder, List<Document> docs) throws IOException {
        Path file = folder.resolve("results.jsonl");
        StringBuilder lines = new StringBuilder();
        docs.forEach(doc -> lines.append(DocumentJson.toLine(doc)).append('\n'));
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    static Indexer.Outcome index(Path index, Path input, boolean reanalyze, List<InputFailure> failures) throws IOException {
        IndexConfig config = IndexConfig.standard();
        Ingest ingest = new Ingest(IngestOptions.defaults());
        List<InputFile> files = ingest.discover(List.of(input.toString()), failures::add);
        try (CorpusWriter writer = new CorpusWriter(index, config, 2)) {
            return new Indexer(writer, Pipeline.of(Map.of()), new WordVectors(), config, reanalyze, 2)
                    .run(files, new ResultFiles(ingest, config.layers(), 1 << 20), new Indexer.Listener() {
                        @Override
                        public void indexed(String key) {}

                        @Override
                        public void failure(InputFailure failure) {
                            failures.add(failure);
                        }
                    });
        }
    }

    @Test
    void aSecondRunSkipsWhatIsIndexedAndAddsWhatIsNew() throws IOException {
        List<Document> docs = CorpusFixtures.documents();
        Path input = Files.createDirectories(temp.resolve("in"));
        Path index = temp.resolve("index");
        results(input, docs.subList(0, 4));
        List<InputFailure> failures = new ArrayList<>();
        assertEquals(new Indexer.Outcome(4, 0, 0), index(index, input, false, failures));
        results(input, docs);
        assertEquals(new Indexer.Outcome(2, 4, 0), index(index, input, false, failures));
        assertEquals(new Indexer.Outcome(6, 0, 0), index(index, input, true, failures));
        assertEquals(List.of(), failures);
        try (Corpus corpus = Corpus.open(index, IndexConfig.standard())) {
            assertEquals(6, corpus.size());
        }
    }

    @Test
    void reanalysesWhatAnotherPipelineAnalysed() throws IOException {
        Path index = temp.resolve("index");
        TestIndex.of(index, CorpusFixtures.documents()).close();
        IndexConfig config = IndexConfig.standard();
        Indexer.Listener quiet = new Indexer.Listener() {
            @Override
            public void indexed(String key) {}

            @Override
            public void failure(InputFailure failure) {
                throw new AssertionError(failure.toString());
            }
        };
        for (int expected : new int[] {6, 0}) {
            try (CorpusWriter writer = new CorpusWriter(index, config, 10)) {
                Indexer indexer = new Indexer(writer, Pipeline.of(Map.of()), new WordVectors(), config, true, 1);
                assertEquals(new Indexer.Outcome(expected, 0, 0), indexer.reanalyzeStale(index, config, quiet));
            }
        }
        try (Corpus corpus = Corpus.open(index, config)) {
            assertEquals(6, corpus.size());
            assertEquals(List.of(), corpus.document("water-cuts").layers().stream().filter(l -> l.name().equals("techniques")).toList());
        }
    }

    @Test
    void reportsAnUnreadableResultAndIndexesTheRest() throws IOException {
        Path input = Files.createDirectories(temp.resolve("in"));
        Files.writeString(input.resolve("results.jsonl"), DocumentJson.toLine(CorpusFixtures.documents().get(0))
                + "\n{\"format\":\"rhetorica-document/2\",\"id\":\"broken\"}\n", StandardCharsets.UTF_8);
        List<InputFailure> failures = new ArrayList<>();
        assertEquals(new Indexer.Outcome(1, 0, 1), index(temp.resolve("index"), input, false, failures));
        assertTrue(failures.get(0).toString().contains("results.jsonl line 2"), failures.toString());
        assertTrue(failures.get(0).reason().contains("needs text"), failures.toString());
    }

    @Test
    void aDocumentFromAnotherInputWithTheSameIdGetsAKeyOfItsOwn() throws IOException {
        Document first = CorpusFixtures.documents().get(3);
        Metadata elsewhere = new Metadata(first.id(), new Origin("other/bread-prices.txt", 0, 10, null), "Another text", null,
                null, null, null, null, "en", List.of(), CorpusFixtures.FIXTURE_PIPELINE);
        Document second = Document.of("Another text with the same id.", elsewhere);
        try (Corpus corpus = TestIndex.of(temp.resolve("index"), List.of(first, second, first))) {
            assertEquals(2, corpus.size());
            assertEquals("Another text", corpus.summary("bread-prices~2").title());
            assertEquals("Bread prices rise", corpus.summary("bread-prices").title());
        }
    }

    @Test
    void mergingIntoOneSegmentKeepsWhatASearchFinds() throws IOException {
        List<Document> docs = CorpusFixtures.documents();
        Path input = Files.createDirectories(temp.resolve("in"));
        Path index = temp.resolve("index");
        results(input, docs);
        // Commits every two documents, so the index has several segments before the merge.
        index(index, input, false, new ArrayList<>());
        SearchRequest request = new SearchRequest("", Map.of(), "bakeries raised bread prices", SearchRequest.Order.RELEVANCE, 0, 20);
        List<String> before;
        try (Corpus corpus = Corpus.open(index, IndexConfig.standard())) {
            before = found(corpus.search(request, new WordVectors()));
        }
        assertTrue(!before.isEmpty());
        assertTrue(segments(index) > 1, "segments before: " + segments(index));
        try (CorpusWriter writer = new CorpusWriter(index, IndexConfig.standard(), 2)) {
            writer.mergeSegments();
        }
        assertEquals(1, segments(index));
        try (Corpus corpus = Corpus.open(index, IndexConfig.standard())) {
            assertEquals(6, corpus.size());
            assertEquals(before, found(corpus.search(request, new WordVectors())));
        }
    }

    private static int segments(Path index) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().size();
        }
    }

    private static List<String> found(SearchResult result) {
        return result.hits().stream().map(hit -> hit.document().toString()).toList();
    }
}
