package org.rhetorica.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.doc.Document;

/**
 * Kills an indexing process with SIGKILL in the middle of its run: the index must open again with
 * every document committed before, each whole (its passages with it), and a second run must complete
 * the rest with no document twice.
 */
class CrashTest {
    private static final int DOCUMENTS = 240;
    private static final int COMMIT_EVERY = 20;

    @TempDir
    Path temp;

    @Test
    void theIndexSurvivesKillNineAndASecondRunCompletesIt() throws Exception {
        List<Document> docs = CorpusFixtures.many(DOCUMENTS);
        Path input = IndexingTest.results(temp, docs);
        Path index = temp.resolve("index");

        Process first = child(index, input, 15);
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; seen < 70 && (line = out.readLine()) != null; ) {
                if (line.startsWith("indexed ")) {
                    seen = Integer.parseInt(line.substring(8));
                }
            }
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no last commit
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(seen >= 70 && seen < DOCUMENTS, "the kill came after " + seen + " documents");

        Map<String, Integer> passages = expectedPassages(docs);
        int committed = seen / COMMIT_EVERY * COMMIT_EVERY;
        Map<String, Integer> found = contents(index);
        assertTrue(found.size() >= committed, found.size() + " documents after the kill; " + committed + " were committed");
        assertTrue(found.size() < DOCUMENTS);
        found.forEach((key, count) -> assertEquals(passages.get(key), count, "passages of " + key));

        Process second = child(index, input, 0);
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(second.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, second.exitValue(), output + new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(output.contains("done " + (DOCUMENTS - found.size()) + " skipped " + found.size()), output);
        assertEquals(passages, contents(index));
    }

    private Process child(Path index, Path input, int millisPerDocument) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-Xmx512m", "-cp", classPath, CrashChild.class.getName(), index.toString(), input.toString(),
                String.valueOf(millisPerDocument), String.valueOf(COMMIT_EVERY))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static Map<String, Integer> expectedPassages(List<Document> docs) {
        Map<String, Integer> passages = new HashMap<>();
        WordVectors vectors = new WordVectors();
        docs.forEach(doc -> passages.put(doc.id(), Passages.of(doc, vectors.sentences(doc)).size()));
        return passages;
    }

    /** Each document's key with its number of passages; fails if a key has two documents. */
    private static Map<String, Integer> contents(Path index) throws IOException {
        try (Corpus corpus = Corpus.open(index, IndexConfig.standard())) {
            return corpus.withSearcher(searcher -> {
                Map<String, Integer> passages = new HashMap<>();
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc hit : searcher.search(Queries.documents(new MatchAllDocsQuery()), 100_000).scoreDocs) {
                    String key = stored.document(hit.doc).get(Schema.KEY);
                    assertEquals(null, passages.put(key, 0), key + " is in the index twice");
                }
                for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Schema.KIND, Schema.PASSAGE)), 1_000_000).scoreDocs) {
                    passages.merge(stored.document(hit.doc).get(Schema.KEY), 1, Integer::sum);
                }
                return passages;
            });
        }
    }
}
