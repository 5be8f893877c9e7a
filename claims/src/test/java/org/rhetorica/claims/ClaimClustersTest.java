package org.rhetorica.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claim clusters with the shipped vectors and same-claim check, on claims written for this test. */
class ClaimClustersTest {
    /** One claim in five wordings, from five outlets on five days. */
    private static final List<String> PARAPHRASES = List.of(
            "The Harwick water plant leaked chlorine into the river for three weeks.",
            "For three weeks, chlorine leaked from Harwick's water plant into the river.",
            "Harwick's water treatment plant spilled chlorine into the river over three weeks.",
            "Chlorine from the Harwick water plant was leaking into the river for three weeks.",
            "The water plant in Harwick let chlorine leak into the river for three weeks.");
    /** Two other claims about the same plant. */
    private static final List<String> SAME_TOPIC = List.of(
            "The Harwick water plant will be closed for repairs next year.",
            "Harwick's water plant employs 40 people.");

    private static EncoderTextVectors vectors;
    private static SameClaim same;
    /** The check as the corpus index clusters with it. */
    private static SameClaim clustering;

    @BeforeAll
    static void load() {
        vectors = EncoderTextVectors.matching(1);
        same = SameClaim.load();
        clustering = same.withThreshold(ClaimClustering.SAME_THRESHOLD);
    }

    @AfterAll
    static void close() {
        vectors.close();
        same.close();
    }

    @Test
    void aParaphraseClusterAcrossFiveSourcesAndTwoClaimsOnItsTopicKeptApart(@TempDir Path folder) throws IOException {
        List<String> texts = new ArrayList<>(PARAPHRASES);
        texts.addAll(SAME_TOPIC);
        float[][] embedded = vectors.embed(texts);
        List<String> clusterIds = new ArrayList<>();
        try (ClaimClusters clusters = new ClaimClusters(folder, vectors.id(), clustering)) {
            for (int i = 0; i < texts.size(); i++) {
                clusterIds.add(clusters.add(new ClaimClusters.Claim("doc" + i + "#0", "doc" + i, texts.get(i), embedded[i],
                        i == 1 ? "Mayor Ida Brun" : null, "outlet-" + i, "2024-03-0" + (i + 1), 0.9)));
            }
        }
        String paraphraseCluster = clusterIds.get(0);
        for (int i = 1; i < PARAPHRASES.size(); i++) {
            assertEquals(paraphraseCluster, clusterIds.get(i), texts.get(i));
        }
        String closing = clusterIds.get(5);
        String staff = clusterIds.get(6);
        assertNotEquals(paraphraseCluster, closing);
        assertNotEquals(paraphraseCluster, staff);
        assertNotEquals(closing, staff);

        try (ClusterIndex index = ClusterIndex.open(folder)) {
            assertEquals(vectors.id(), index.vectorsId());
            assertEquals(7, index.claims());
            List<ClusterIndex.Cluster> listed = index.clusters(2);
            assertEquals(1, listed.size());
            ClusterIndex.Cluster cluster = listed.get(0);
            assertEquals(paraphraseCluster, cluster.id());
            assertEquals(PARAPHRASES.get(0), cluster.claim());
            assertEquals(5, cluster.size());
            assertEquals(5, cluster.documents());
            assertEquals(List.of("outlet-0", "outlet-1", "outlet-2", "outlet-3", "outlet-4"), cluster.sources());
            assertEquals(List.of("Mayor Ida Brun"), cluster.speakers());
            assertEquals("2024-03-01", cluster.first());
            assertEquals("2024-03-05", cluster.last());
            assertEquals(3, index.clusters(1).size());

            String query = "Chlorine leaked into the river from the Harwick water plant for three weeks.";
            List<ClusterIndex.Similar> similar = index.similar(query, vectors.embed(List.of(query))[0], 3, same);
            assertEquals(paraphraseCluster, similar.get(0).member().cluster());
        }
    }

    @Test
    void addingADocumentAgainAfterDeletingItKeepsTheClusters(@TempDir Path folder) throws IOException {
        float[][] embedded = vectors.embed(PARAPHRASES.subList(0, 2));
        try (ClaimClusters clusters = new ClaimClusters(folder, vectors.id(), clustering)) {
            String first = clusters.add(new ClaimClusters.Claim("a#0", "a", PARAPHRASES.get(0), embedded[0], null, null, null, 0.8));
            String second = clusters.add(new ClaimClusters.Claim("b#0", "b", PARAPHRASES.get(1), embedded[1], null, null, null, 0.8));
            assertEquals(first, second);
            clusters.deleteDocument("b");
            assertEquals(first, clusters.add(new ClaimClusters.Claim("b#0", "b", PARAPHRASES.get(1), embedded[1], null, null, null, 0.8)));
        }
        try (ClusterIndex index = ClusterIndex.open(folder)) {
            assertEquals(2, index.claims());
            assertEquals(List.of("a#0"), index.ofDocument("a").stream().map(ClusterIndex.Member::id).toList());
        }
    }
}
