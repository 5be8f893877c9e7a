package org.rhetorica.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.claims.ClaimClustering;
import org.rhetorica.claims.ClusterIndex;
import org.rhetorica.doc.Document;

/** Indexing documents clusters their claims beside the index, with the shipped encoder and same-claim check. */
class ClaimClustersIndexTest {
    private static Document article(String id, String source, String date, String body, String claim) {
        return new CorpusFixtures.Builder(id, "The ferry subsidy", source, date, body).claim(claim, 0.9, null).build();
    }

    @Test
    void theSameClaimFromThreeOutletsIsOneClusterAndAnotherClaimOnTheTopicIsNot(@TempDir Path folder) throws IOException {
        List<Document> docs = List.of(
                article("a", "Coastal Wire", "2025-06-24", "The ferry subsidy costs the council 4 million a year. Islanders disagree.",
                        "The ferry subsidy costs the council 4 million a year."),
                article("b", "Metro Daily", "2025-06-26", "Critics say the council spends 4 million a year on the ferry subsidy. Others shrug.",
                        "Critics say the council spends 4 million a year on the ferry subsidy."),
                article("c", "Valley Courier", "2025-07-02", "Each year the ferry subsidy costs the council 4 million. The vote is next week.",
                        "Each year the ferry subsidy costs the council 4 million."),
                article("d", "Metro Daily", "2025-07-03", "The ferry will stop running on Sundays from August. Tickets stay the same.",
                        "The ferry will stop running on Sundays from August."));
        try (Corpus corpus = TestIndex.of(folder, docs)) {
            assertEquals(4, corpus.size());
        }
        try (ClusterIndex clusters = ClusterIndex.open(ClaimClustering.folderOf(folder))) {
            assertEquals(4, clusters.claims());
            List<ClusterIndex.Cluster> shared = clusters.clusters(2);
            assertEquals(1, shared.size());
            ClusterIndex.Cluster cluster = shared.get(0);
            assertEquals(List.of("a", "b", "c"), cluster.members().stream().map(ClusterIndex.Member::doc).toList());
            assertEquals(List.of("Coastal Wire", "Metro Daily", "Valley Courier"), cluster.sources());
            assertEquals("2025-06-24", cluster.first());
            assertEquals("2025-07-02", cluster.last());
            assertNotEquals(cluster.id(), clusters.ofDocument("d").get(0).cluster());
        }
    }
}
