package org.rhetorica.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rhetorica.analysis.claims.ClaimSpan;
import org.rhetorica.doc.Document;

/**
 * What a corpus index does with the claims layer of each document it adds: embeds the claims (on a
 * worker thread) and puts each in its cluster (on the writer's thread), giving the claims layer its
 * cluster ids. The clusters live in a folder of their own beside the index; the encoder and the
 * same-claim check load on the first claim, so an index without claims never loads them.
 */
public final class ClaimClustering implements AutoCloseable {
    /** The folder of an index that holds its claim clusters. */
    public static final String FOLDER = "claims";
    /**
     * The same-claim probability from which a claim joins a cluster: the check's plain decision point,
     * above its own threshold (0.30, the best F1 on tweets and the claims they allude to), since in
     * news one article's claims on one topic ("84 percent of Latino voters in Florida view Trump
     * unfavorably", "Trump won 12 percent approval among Latino voters in Florida") scored 0.34 to
     * 0.44 and chained into one cluster at 0.30. On the hand-labelled pairs: precision 0.971, recall 0.654.
     */
    public static final double SAME_THRESHOLD = 0.5;

    private final Path folder;
    private final int threads;
    private EncoderTextVectors vectors;
    private SameClaim same;
    private ClaimClusters clusters;

    /** @param folder where the clusters are kept (created on the first claim) */
    public ClaimClustering(Path folder, int threads) {
        this.folder = folder;
        this.threads = threads;
    }

    /** The clusters folder of the index in {@code index}. */
    public static Path folderOf(Path index) {
        return index.resolve(FOLDER);
    }

    /** The vectors of a document's claims, in the order of its claims layer; thread-safe. */
    public float[][] vectors(Document doc) {
        if (!doc.has(ClaimSpan.LAYER) || doc.layer(ClaimSpan.LAYER).isEmpty()) {
            return new float[0][];
        }
        return textVectors().embed(doc.layer(ClaimSpan.LAYER).stream().map(doc::text).toList());
    }

    /**
     * Puts the claims of the document indexed under {@code key} into clusters, after taking out any
     * claims an earlier version of it left; returns the document with each claim's cluster id.
     *
     * @param vectors what {@link #vectors} gave for the document
     */
    public Document cluster(String key, Document doc, float[][] vectors) throws IOException {
        List<ClaimSpan> claims = doc.has(ClaimSpan.LAYER) ? doc.layer(ClaimSpan.LAYER) : List.of();
        if (claims.isEmpty() && clusters == null) {
            return doc;
        }
        ClaimClusters store = store();
        store.deleteDocument(key);
        List<ClaimSpan> clustered = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            ClaimSpan claim = claims.get(i);
            String cluster = store.add(new ClaimClusters.Claim(key + "#" + claim.start(), key, doc.text(claim), vectors[i],
                    claim.speaker(), doc.metadata().source(), doc.metadata().published(), claim.score()));
            clustered.add(claim.withCluster(cluster));
        }
        return doc.with(ClaimSpan.LAYER, clustered);
    }

    /** Takes a document's claims out of their clusters. */
    public void delete(String key) throws IOException {
        if (clusters != null || java.nio.file.Files.isDirectory(folder)) {
            store().deleteDocument(key);
        }
    }

    /** Makes the clusters durable. */
    public void commit() throws IOException {
        if (clusters != null) {
            clusters.commit();
        }
    }

    private synchronized TextVectors textVectors() {
        if (vectors == null) {
            vectors = EncoderTextVectors.matching(threads);
        }
        return vectors;
    }

    private ClaimClusters store() throws IOException {
        if (clusters == null) {
            same = SameClaim.load();
            clusters = new ClaimClusters(folder, textVectors().id(), same.withThreshold(SAME_THRESHOLD));
        }
        return clusters;
    }

    @Override
    public void close() throws IOException {
        try {
            if (clusters != null) {
                clusters.close();
            }
        } finally {
            if (same != null) {
                same.close();
            }
            if (vectors != null) {
                vectors.close();
            }
        }
    }
}
