package org.rhetorica.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Claim clusters kept as documents are added: every claim of a document joins the cluster of the
 * most similar claim seen before that {@link SameClaim} confirms is the same claim, both for that
 * claim and for the cluster's first claim (its seed), or else starts a cluster of its own. Similar
 * claims are found by approximate nearest-neighbour search (Lucene's HNSW graphs) over the claims
 * indexed so far, plus an exact search over the few added since the searcher last refreshed, so that
 * adding a claim costs about the same at a thousand documents as at a million. A claim keeps its
 * cluster for good: clusters are never merged or split, so a cluster id, once shown, stays valid.
 *
 * <p>Stored in a Lucene index of its own (one document per claim). One writer at a time; not
 * thread-safe: call from the thread that writes the corpus index.
 */
public final class ClaimClusters implements AutoCloseable {
    /** How many similar claims are checked before a claim starts a cluster of its own. */
    static final int NEIGHBOURS = 8;
    /** Claims whose vectors are less similar than this are not checked at all: they are never the same claim. */
    static final float MIN_COSINE = 0.5f;
    /** Claims added between two refreshes of the searcher: these are searched exactly. */
    private static final int REFRESH_EVERY = 1000;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SameClaim same;
    private final List<Added> recent = new ArrayList<>();
    private final Map<String, PairFeatures.Side> recentSeeds = new HashMap<>();

    /**
     * A claim to cluster, with where it was made.
     *
     * @param id unique across the corpus: its document's key and its place there
     * @param doc the key of its document
     * @param text the claim's words
     * @param vector its unit vector (as {@link TextVectors} makes them)
     * @param speaker who made it, or null for the document's own voice
     * @param source where the document appeared (outlet, site), or null
     * @param date when (ISO 8601), or null
     * @param score its check-worthiness
     */
    public record Claim(String id, String doc, String text, float[] vector, String speaker, String source, String date,
            double score) {}

    private record Added(Claim claim, PairFeatures.Side side, String cluster) {}

    /**
     * Opens the clusters in {@code folder} for adding claims, creating them if there are none.
     *
     * @param vectorsId what makes the claims' vectors ({@link TextVectors#id()}); clusters made with other vectors are refused
     * @throws IllegalStateException if the clusters there were made with other vectors
     */
    public ClaimClusters(Path folder, String vectorsId, SameClaim same) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(FSDirectory.open(folder), config);
        String recorded = ClusterFields.vectorsId(writer.getLiveCommitData());
        if (recorded != null && !recorded.equals(vectorsId)) {
            writer.close();
            throw new IllegalStateException("the claim clusters in " + folder + " compare vectors " + recorded + ", not "
                    + vectorsId + "; index the corpus again");
        }
        writer.setLiveCommitData(java.util.Map.of(ClusterFields.VECTORS_ID, vectorsId).entrySet());
        this.searchers = new SearcherManager(writer, null);
        this.same = same;
        writer.commit();
    }

    /** Adds a claim and returns the id of the cluster it joins or starts. */
    public String add(Claim claim) throws IOException {
        PairFeatures.Side side = PairFeatures.Side.of(claim.text(), claim.vector());
        String cluster = clusterFor(claim, side);
        boolean seed = cluster == null;
        if (seed) {
            cluster = ClusterFields.newClusterId(claim.id());
            recentSeeds.put(cluster, side);
        }
        writer.addDocument(document(claim, cluster, seed));
        recent.add(new Added(claim, side, cluster));
        if (recent.size() >= REFRESH_EVERY) {
            refresh();
        }
        return cluster;
    }

    /** Removes the claims of a document (before it is added again, say); the clusters they joined stay. */
    public void deleteDocument(String doc) throws IOException {
        writer.deleteDocuments(new Term(ClusterFields.DOC, doc));
        recent.removeIf(added -> added.claim().doc().equals(doc));
    }

    /** Makes every claim added so far durable. */
    public void commit() throws IOException {
        writer.commit();
        refresh();
    }

    private void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
        recent.clear();
        recentSeeds.clear();
    }

    /** The cluster of the most similar confirmed claim, or null when none is the same claim. */
    private String clusterFor(Claim claim, PairFeatures.Side side) throws IOException {
        List<Neighbour> neighbours = neighbours(claim.vector());
        for (Neighbour neighbour : neighbours) {
            if (same.probability(side, neighbour.side()) < same.threshold()) {
                continue;
            }
            PairFeatures.Side seed = seedOf(neighbour.cluster());
            if (seed == null || seed == neighbour.side() || same.probability(side, seed) >= same.threshold()) {
                return neighbour.cluster();
            }
        }
        return null;
    }

    private record Neighbour(float cosine, PairFeatures.Side side, String cluster) {}

    /** The most similar claims above {@link #MIN_COSINE}, most similar first. */
    private List<Neighbour> neighbours(float[] vector) throws IOException {
        List<Neighbour> found = new ArrayList<>();
        for (Added added : recent) {
            float cosine = TextVectors.dot(vector, added.side().vector());
            if (cosine >= MIN_COSINE) {
                found.add(new Neighbour(cosine, added.side(), added.cluster()));
            }
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            if (searcher.getIndexReader().numDocs() > 0) {
                ScoreDoc[] hits = searcher.search(new KnnFloatVectorQuery(ClusterFields.VECTOR, vector, NEIGHBOURS), NEIGHBOURS).scoreDocs;
                var stored = searcher.storedFields();
                for (ScoreDoc hit : hits) {
                    // Lucene scores unit vectors by dot product as (1 + cosine) / 2.
                    float cosine = 2 * hit.score - 1;
                    if (cosine >= MIN_COSINE) {
                        Document doc = stored.document(hit.doc);
                        found.add(new Neighbour(cosine, PairFeatures.Side.of(doc.get(ClusterFields.TEXT),
                                ClusterFields.vector(searcher.getIndexReader(), hit.doc)), doc.get(ClusterFields.CLUSTER)));
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
        found.sort(Comparator.comparingDouble(n -> -n.cosine()));
        return found.size() > NEIGHBOURS ? found.subList(0, NEIGHBOURS) : found;
    }

    /** The seed of a cluster, or null when it is gone (its document was deleted). */
    private PairFeatures.Side seedOf(String cluster) throws IOException {
        PairFeatures.Side recentSeed = recentSeeds.get(cluster);
        if (recentSeed != null) {
            return recentSeed;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ClusterFields.CLUSTER, cluster)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(ClusterFields.SEED, "true")), BooleanClause.Occur.FILTER)
                    .build();
            ScoreDoc[] hits = searcher.search(query, 1).scoreDocs;
            if (hits.length == 0) {
                return null;
            }
            Document doc = searcher.storedFields().document(hits[0].doc);
            return PairFeatures.Side.of(doc.get(ClusterFields.TEXT), ClusterFields.vector(searcher.getIndexReader(), hits[0].doc));
        } finally {
            searchers.release(searcher);
        }
    }

    private static Document document(Claim claim, String cluster, boolean seed) {
        Document doc = new Document();
        doc.add(new StringField(ClusterFields.ID, claim.id(), Field.Store.YES));
        doc.add(new StringField(ClusterFields.DOC, claim.doc(), Field.Store.YES));
        doc.add(new StringField(ClusterFields.CLUSTER, cluster, Field.Store.YES));
        doc.add(new SortedDocValuesField(ClusterFields.CLUSTER, new BytesRef(cluster)));
        if (seed) {
            doc.add(new StringField(ClusterFields.SEED, "true", Field.Store.NO));
        }
        doc.add(new StoredField(ClusterFields.TEXT, claim.text()));
        doc.add(new KnnFloatVectorField(ClusterFields.VECTOR, claim.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        ClusterFields.storeIfPresent(doc, ClusterFields.SPEAKER, claim.speaker());
        ClusterFields.storeIfPresent(doc, ClusterFields.SOURCE, claim.source());
        ClusterFields.storeIfPresent(doc, ClusterFields.DATE, claim.date());
        doc.add(new StoredField(ClusterFields.SCORE, claim.score()));
        return doc;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.commit();
        } finally {
            searchers.close();
            writer.close();
        }
    }
}
