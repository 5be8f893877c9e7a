package org.rhetorica.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregatesTest {
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

    private static Aggregate aggregate(String series, AggregateRequest.By by) throws IOException {
        return corpus.aggregate(new AggregateRequest(SearchRequest.all(), series, by, 10));
    }

    @Test
    void countsDocumentsOverTime() throws IOException {
        Aggregate months = aggregate("documents", AggregateRequest.By.MONTH);
        assertEquals(List.of("2025-03", "2025-04", "2025-06"), months.buckets().stream().map(Aggregate.Bucket::key).toList());
        assertEquals(List.of(1L, 1L, 3L), months.buckets().stream().map(Aggregate.Bucket::count).toList());
        assertEquals(1, months.undated());
        Aggregate weeks = aggregate("documents", AggregateRequest.By.WEEK);
        // 2025-06-17 is a Tuesday, 2025-06-24 and 25 fall in the week of Monday the 23rd.
        assertEquals(List.of("2025-03-10", "2025-04-21", "2025-06-16", "2025-06-23"),
                weeks.buckets().stream().map(Aggregate.Bucket::key).toList());
    }

    @Test
    void countsTechniquesBySourceWithTheirLabels() throws IOException {
        Aggregate sources = aggregate("techniques", AggregateRequest.By.SOURCE);
        Aggregate.Bucket valley = sources.buckets().get(0);
        assertEquals("Valley Courier", valley.key());
        assertEquals(3, valley.count());
        assertEquals(2, valley.documents());
        assertEquals(1.5, valley.perDocument());
        assertEquals(Map.of("Exaggeration,Minimisation", 1L, "Doubt", 1L, "Causal_Oversimplification", 1L), valley.labels());
        assertEquals(List.of("Valley Courier", "Coastal Wire", "Metro Daily", ""), sources.buckets().stream().map(Aggregate.Bucket::key).toList());
    }

    @Test
    void ratesTechniquesByTheWordsEachSpeakerSpeaks() throws IOException {
        Aggregate speakers = aggregate("techniques", AggregateRequest.By.SPEAKER);
        Aggregate.Bucket holm = bucket(speakers, "Lena Holm");
        // Two quotes of ten words, one technique in each.
        assertEquals(2, holm.count());
        assertEquals(20, holm.words());
        assertEquals(2, holm.documents());
        assertEquals(100.0, holm.perThousandWords(), 1e-9);
        Aggregate.Bucket nyberg = bucket(speakers, "Petra Nyberg");
        assertEquals(2, nyberg.count());
        assertEquals(10 + 8, nyberg.words());
        Aggregate.Bucket lind = bucket(speakers, "Sofia Lind");
        assertEquals(0, lind.count());
        assertEquals(7, lind.words());
        assertEquals(1, bucket(speakers, "").count());
    }

    private static Aggregate.Bucket bucket(Aggregate aggregate, String key) {
        return aggregate.buckets().stream().filter(b -> b.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError("no bucket " + key));
    }
}
