package org.rhetorica.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.rhetorica.claims.ClaimClustering;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.doc.PipelineSpec;
import org.rhetorica.io.Hashes;

/**
 * Adds documents to a corpus index on disk. Every document goes in whole, with its passages, or not
 * at all; what is added becomes durable at each commit (every {@code commitEvery} documents and at
 * {@link #close}), so a crash loses at most the documents since the last commit, and a run again
 * skips what was committed by its content hash. One writer per index at a time (Lucene's lock file
 * says so to a second one); readers may search while it writes. Not thread-safe: call from one thread.
 */
public final class CorpusWriter implements AutoCloseable {
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LuceneDocuments documents;
    private final int commitEvery;
    private int sinceCommit;
    /** Keys and origins of the documents added since the searchers last saw the index. */
    private final Map<String, String> recentOrigins = new HashMap<>();
    private final Set<String> recentHashes = new HashSet<>();
    private final List<Recent> recentSignatures = new ArrayList<>();
    private final ClaimClustering claims;

    private record Recent(String group, Set<String> signature) {}

    /** Opens the index in {@code folder} for writing, creating it if there is none. */
    public CorpusWriter(Path folder, IndexConfig config, int commitEvery) throws IOException {
        IndexWriterConfig writerConfig = new IndexWriterConfig(config.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        FSDirectory directory = FSDirectory.open(folder);
        Corpus.checkFormat(directory, folder);
        this.writer = new IndexWriter(directory, writerConfig);
        writer.setLiveCommitData(java.util.Map.of(Schema.FORMAT_KEY, Schema.FORMAT).entrySet());
        this.searchers = new SearcherManager(writer, null);
        this.documents = new LuceneDocuments(config.facetsConfig());
        this.commitEvery = commitEvery;
        this.claims = new ClaimClustering(ClaimClustering.folderOf(folder), Runtime.getRuntime().availableProcessors());
        // An index made here opens with a first, empty commit, so that readers can open it at once.
        writer.commit();
    }

    /** The claim clusters kept beside the index. */
    ClaimClustering claims() {
        return claims;
    }

    /** Whether a document of this content hash is in the index already. */
    public boolean contains(String hash) throws IOException {
        if (recentHashes.contains(hash)) {
            return true;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new TermQuery(new Term(Schema.HASH, hash))) > 0;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Adds a document, or replaces the one from the same input; returns its key. */
    String add(Prepared prepared) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        String key;
        String group;
        try {
            key = keyFor(prepared, searcher);
            group = groupFor(prepared, key, searcher);
        } finally {
            searchers.release(searcher);
        }
        Prepared clustered = prepared.withDoc(claims.cluster(key, prepared.doc(), prepared.claimVectors()));
        writer.updateDocuments(new Term(Schema.KEY, key), documents.block(clustered, key, group,
                pipelineId(prepared.doc().metadata().pipeline())));
        recentOrigins.put(key, LuceneDocuments.originOf(prepared.doc().metadata()));
        recentHashes.add(prepared.hash());
        if (!prepared.signature().isEmpty()) {
            recentSignatures.add(new Recent(group, prepared.signature()));
        }
        if (++sinceCommit >= commitEvery) {
            commit();
        }
        return key;
    }

    /**
     * The document's id, unless a document from another input has it: then the id with the first
     * free suffix {@code ~2}, {@code ~3}, ... A document from the same input keeps its key and replaces
     * the one before.
     */
    private String keyFor(Prepared prepared, IndexSearcher searcher) throws IOException {
        String origin = LuceneDocuments.originOf(prepared.doc().metadata());
        String id = prepared.doc().id();
        for (int n = 1; ; n++) {
            String key = n == 1 ? id : id + "~" + n;
            String taken = originOf(key, searcher);
            if (taken == null || taken.equals(origin)) {
                return key;
            }
        }
    }

    private String originOf(String key, IndexSearcher searcher) throws IOException {
        if (recentOrigins.containsKey(key)) {
            return recentOrigins.get(key);
        }
        TopDocs found = searcher.search(Queries.document(key), 1);
        if (found.scoreDocs.length == 0) {
            return null;
        }
        return searcher.storedFields().document(found.scoreDocs[0].doc).get(Schema.ORIGIN);
    }

    /** The group of the most similar near-duplicate already indexed, or the document's own key. */
    private String groupFor(Prepared prepared, String key, IndexSearcher searcher) throws IOException {
        Set<String> signature = prepared.signature();
        if (signature.isEmpty()) {
            return key;
        }
        for (Recent recent : recentSignatures) {
            if (NearDuplicates.similar(signature, recent.signature())) {
                return recent.group();
            }
        }
        BooleanQuery.Builder similar = new BooleanQuery.Builder();
        signature.forEach(hash -> similar.add(new ConstantScoreQuery(new TermQuery(new Term(Schema.MINHASH, hash))),
                BooleanClause.Occur.SHOULD));
        similar.setMinimumNumberShouldMatch(NearDuplicates.sharedNeeded());
        BooleanQuery query = new BooleanQuery.Builder()
                .add(similar.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Schema.KEY, key)), BooleanClause.Occur.MUST_NOT)
                .build();
        TopDocs found = searcher.search(query, 1);
        if (found.scoreDocs.length == 0) {
            return key;
        }
        StoredFields stored = searcher.storedFields();
        return stored.document(found.scoreDocs[0].doc).get(Schema.GROUP);
    }

    /** Makes every document added so far durable and visible to readers that reopen. */
    public void commit() throws IOException {
        claims.commit();
        writer.commit();
        searchers.maybeRefreshBlocking();
        recentOrigins.clear();
        recentHashes.clear();
        recentSignatures.clear();
        sinceCommit = 0;
    }

    /**
     * Commits, then merges the index into one segment: slow (about 4 s per 1,000 news articles on 2
     * cores), but a corpus that is mostly read is then searched faster, by meaning above all, which
     * walks one vector graph instead of one per segment.
     */
    public void mergeSegments() throws IOException {
        commit();
        writer.forceMerge(1);
        commit();
    }

    /** How many documents the index holds, as of the last commit. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new TermQuery(new Term(Schema.KIND, Schema.DOC)));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Keeps corrected labels of a document, replacing any it had; they stay when the document is indexed again. */
    public void putGold(Gold gold) throws IOException {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new org.apache.lucene.document.StringField(Schema.KIND, Schema.GOLD_KIND, org.apache.lucene.document.Field.Store.NO));
        doc.add(new org.apache.lucene.document.StringField(Schema.GOLD_KEY, gold.key(), org.apache.lucene.document.Field.Store.YES));
        doc.add(new org.apache.lucene.document.StoredField(Schema.GOLD, gold.toJson()));
        writer.updateDocument(new Term(Schema.GOLD_KEY, gold.key()), doc);
    }

    /** Removes the document with this key, if there is one. */
    public void delete(String key) throws IOException {
        writer.deleteDocuments(new Term(Schema.KEY, key));
        claims.delete(key);
    }

    /** A short id of what analysed a document, so that {@code --reanalyze} finds the documents another pipeline made. */
    static String pipelineId(PipelineSpec spec) {
        if (spec == null) {
            return "none";
        }
        try {
            return Hashes.sha256(DocumentJson.mapper().writeValueAsString(spec).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a pipeline spec", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            commit();
        } finally {
            try {
                searchers.close();
                writer.close();
            } finally {
                claims.close();
            }
        }
    }
}
