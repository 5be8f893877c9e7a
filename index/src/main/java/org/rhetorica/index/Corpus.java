package org.rhetorica.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BitSet;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.io.InvalidInputException;

/**
 * A corpus index opened for reading: documents by key, search, facets and aggregates. It sees the
 * index as of its last {@link #refresh}, so it reads on while a writer (in this process or another)
 * adds documents, and sees them after the writer's next commit. Thread-safe.
 */
public final class Corpus implements AutoCloseable {
    private final Directory directory;
    private final SearcherManager searchers;
    private final IndexConfig config;

    /**
     * An index searcher with the facet state of its reader, made once per reader, the sizes of its
     * near-duplicate groups, and where each segment's documents (not passages) are.
     */
    static final class CorpusSearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState facets;
        final java.util.Map<String, Integer> groupSizes = new java.util.concurrent.ConcurrentHashMap<>();
        private final List<BitSet> documents = new ArrayList<>();

        CorpusSearcher(IndexReader reader, IndexConfig config) throws IOException {
            super(reader);
            this.facets = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config.facetsConfig()) : null;
            Weight kind = createWeight(new TermQuery(new Term(Schema.KIND, Schema.DOC)), ScoreMode.COMPLETE_NO_SCORES, 1);
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer scorer = kind.scorer(leaf);
                documents.add(scorer == null ? null : BitSet.of(scorer.iterator(), leaf.reader().maxDoc()));
            }
        }

        /**
         * The index-wide id of the document a passage belongs to: the nearest document before it, since
         * a document and its passages are added as one block, which Lucene keeps together and in order.
         */
        int documentOf(int passage) {
            int leaf = ReaderUtil.subIndex(passage, leafContexts);
            int base = leafContexts.get(leaf).docBase;
            return base + documents.get(leaf).prevSetBit(passage - base);
        }

        private static boolean hasFacets(IndexReader reader) {
            return reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos()
                    .fieldInfo(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
        }
    }

    private Corpus(Directory directory, IndexConfig config) throws IOException {
        this.directory = directory;
        this.config = config;
        this.searchers = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new CorpusSearcher(reader, config);
            }
        });
    }

    /**
     * Opens the index in {@code folder}.
     *
     * @throws InvalidInputException if the folder holds no index
     */
    public static Corpus open(Path folder, IndexConfig config) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("no index at " + folder + ": no such folder (make one with 'rhetorica index')");
        }
        Directory directory = FSDirectory.open(folder);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new InvalidInputException("no index in " + folder + " (make one with 'rhetorica index')");
        }
        try {
            checkFormat(directory, folder);
        } catch (InvalidInputException e) {
            directory.close();
            throw e;
        }
        return new Corpus(directory, config);
    }

    /** Whether {@code folder} holds an index of this version's layout, if it holds one at all. */
    public static boolean isCurrent(Path folder) throws IOException {
        try (Directory directory = FSDirectory.open(folder)) {
            checkFormat(directory, folder);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** @throws InvalidInputException if the folder holds an index of another layout */
    static void checkFormat(Directory directory, Path folder) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            String format = reader.getIndexCommit().getUserData().get(Schema.FORMAT_KEY);
            if (!Schema.FORMAT.equals(format)) {
                throw new InvalidInputException("the index in " + folder + " has layout " + format + ", not " + Schema.FORMAT
                        + " (another version of Rhetorica made it): index the documents again into a new folder");
            }
        }
    }

    public IndexConfig config() {
        return config;
    }

    /** Sees what writers have committed since the last refresh. */
    public void refresh() throws IOException {
        searchers.maybeRefresh();
    }

    /** Runs {@code work} with a searcher of the index as of now, released afterwards. */
    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        CorpusSearcher searcher = (CorpusSearcher) searchers.acquire();
        try {
            return work.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    interface SearcherWork<T> {
        T run(CorpusSearcher searcher) throws IOException;
    }

    /** How many documents the index holds. */
    public int size() throws IOException {
        return withSearcher(searcher -> searcher.count(new TermQuery(new Term(Schema.KIND, Schema.DOC))));
    }

    /** The document with this key, with every layer, or null. */
    public Document document(String key) throws IOException {
        return withSearcher(searcher -> {
            TopDocs found = searcher.search(Queries.document(key), 1);
            return found.scoreDocs.length == 0 ? null : read(searcher, found.scoreDocs[0].doc);
        });
    }

    /** The summary of the document with this key, or null. */
    public Summary summary(String key) throws IOException {
        return withSearcher(searcher -> {
            TopDocs found = searcher.search(Queries.document(key), 1);
            return found.scoreDocs.length == 0 ? null : Summaries.read(searcher, found.scoreDocs[0].doc);
        });
    }

    /** The documents of a near-duplicate group, in index order. */
    public List<Summary> group(String group) throws IOException {
        return withSearcher(searcher -> {
            TopDocs found = searcher.search(Queries.documents(new TermQuery(new Term(Schema.GROUP, group))), 1000);
            List<Summary> members = new ArrayList<>();
            for (ScoreDoc hit : found.scoreDocs) {
                members.add(Summaries.read(searcher, hit.doc));
            }
            return members;
        });
    }

    /** Every document matching a search's query and filters, read whole, in index order, for exports. */
    public void forEach(SearchRequest request, DocumentVisitor visitor) throws IOException {
        withSearcher(searcher -> {
            Query query = Search.documentQuery(request, config);
            List<Integer> ids = new ArrayList<>();
            searcher.search(query, new org.apache.lucene.search.SimpleCollector() {
                private int base;

                @Override
                protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) {
                    base = context.docBase;
                }

                @Override
                public void collect(int doc) {
                    ids.add(base + doc);
                }

                @Override
                public org.apache.lucene.search.ScoreMode scoreMode() {
                    return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            StoredFields stored = searcher.storedFields();
            for (int id : ids) {
                visitor.visit(stored.document(id, java.util.Set.of(Schema.KEY)).get(Schema.KEY), read(searcher, id));
            }
            return null;
        });
    }

    /** Receives documents one by one. */
    public interface DocumentVisitor {
        void visit(String key, Document doc) throws IOException;
    }

    /** Every document's imported gold labels. */
    public List<Gold> gold() throws IOException {
        return withSearcher(searcher -> {
            List<Gold> gold = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Schema.KIND, Schema.GOLD_KIND)),
                    Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                gold.add(Gold.fromJson(stored.document(hit.doc).getBinaryValue(Schema.GOLD).bytes));
            }
            return gold;
        });
    }

    /** The keys of documents analysed by another pipeline than the one of {@code pipelineId}. */
    public List<String> keysNotAnalysedBy(String pipelineId) throws IOException {
        return withSearcher(searcher -> {
            Query query = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.KIND, Schema.DOC)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.PIPELINE, pipelineId)), org.apache.lucene.search.BooleanClause.Occur.MUST_NOT)
                    .build();
            List<String> keys = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                keys.add(stored.document(hit.doc).get(Schema.KEY));
            }
            return keys;
        });
    }

    private Document read(IndexSearcher searcher, int id) throws IOException {
        org.apache.lucene.document.Document fields = searcher.storedFields().document(id, java.util.Set.of(Schema.TEXT, Schema.KEY));
        try {
            ObjectNode json = (ObjectNode) DocumentJson.mapper().readTree(Deflation.inflate(DocValuesOf.binary(searcher, id, Schema.RESULT)));
            json.put("text", fields.get(Schema.TEXT));
            return DocumentJson.read(json.toString(), config.layers());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable result in the index for " + fields.get(Schema.KEY), e);
        }
    }

    public SearchResult search(SearchRequest request, SentenceVectors vectors) throws IOException {
        return withSearcher(searcher -> new Search(searcher, config, vectors).run(request));
    }

    public Aggregate aggregate(AggregateRequest request) throws IOException {
        return withSearcher(searcher -> Aggregates.run(searcher, config, request));
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            directory.close();
        }
    }
}
