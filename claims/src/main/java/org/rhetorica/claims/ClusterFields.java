package org.rhetorica.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.rhetorica.io.Hashes;

/** The fields of the claim-clusters index: one Lucene document per claim. */
final class ClusterFields {
    static final String ID = "id";
    static final String DOC = "doc";
    static final String CLUSTER = "cluster";
    /** Marks the first claim of each cluster. */
    static final String SEED = "seed";
    static final String TEXT = "text";
    static final String VECTOR = "vector";
    static final String SPEAKER = "speaker";
    static final String SOURCE = "source";
    static final String DATE = "date";
    static final String SCORE = "score";
    /** Commit data: what made the vectors. */
    static final String VECTORS_ID = "vectors";

    private ClusterFields() {}

    /** A cluster's id: short, stable, made from the id of its first claim. */
    static String newClusterId(String seedClaimId) {
        return "c" + HexFormat.of().formatHex(Hashes.digest().digest(seedClaimId.getBytes(StandardCharsets.UTF_8)), 0, 6);
    }

    /** The vectors id in a commit's data, or null. */
    static String vectorsId(Iterable<java.util.Map.Entry<String, String>> commitData) {
        if (commitData == null) {
            return null;
        }
        for (java.util.Map.Entry<String, String> entry : commitData) {
            if (entry.getKey().equals(VECTORS_ID)) {
                return entry.getValue();
            }
        }
        return null;
    }

    static void storeIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    /** The vector of a claim, by its document number in {@code reader}. */
    static float[] vector(IndexReader reader, int docId) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
        int inLeaf = docId - leaf.docBase;
        if (values == null || values.advance(inLeaf) != inLeaf) {
            throw new IllegalStateException("claim " + docId + " has no vector");
        }
        return values.vectorValue().clone();
    }
}
