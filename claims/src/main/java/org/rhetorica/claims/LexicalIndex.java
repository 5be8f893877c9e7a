package org.rhetorica.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * BM25 over a list of texts (known claims and their titles), in memory: Lucene's English analyzer
 * (lower case, stop words, Porter stems), one field per kind of text. Searching is thread-safe.
 */
final class LexicalIndex implements AutoCloseable {
    /** Web addresses and picture links in posts: no words of the claim, only noise for BM25. */
    private static final Pattern LINKS = Pattern.compile("(?:https?://|www\\.|pic\\.twitter\\.com/)\\S*");

    /** The text without web addresses and picture links. */
    static String withoutLinks(String text) {
        return LINKS.matcher(text).replaceAll(" ");
    }

    private static final String ORDINAL = "ordinal";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<String> fields;
    /** The position of each document's text in the list given, by document number. */
    private final int[] ordinals;
    private final java.util.Map<String, Float> idfs = new java.util.concurrent.ConcurrentHashMap<>();

    /** A hit: the position of the text in the list given, and its BM25 score. */
    record Hit(int ordinal, float score) {}

    /**
     * @param fields the names of the fields
     * @param texts per text, one value per field (null for none)
     */
    LexicalIndex(List<String> fields, List<String[]> texts) {
        this.fields = List.copyOf(fields);
        // Texts are indexed on several threads, so documents come in any order: each keeps its position.
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            java.util.stream.IntStream.range(0, texts.size()).parallel().forEach(i -> {
                Document doc = new Document();
                doc.add(new NumericDocValuesField(ORDINAL, i));
                String[] values = texts.get(i);
                for (int f = 0; f < fields.size(); f++) {
                    if (values[f] != null) {
                        doc.add(new TextField(fields.get(f), values[f], Field.Store.NO));
                    }
                }
                try {
                    writer.addDocument(doc);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot build an index in memory", e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build an index in memory", e);
        }
        try {
            this.reader = DirectoryReader.open(directory);
            this.ordinals = new int[reader.maxDoc()];
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    ordinals[leaf.docBase + doc] = (int) values.longValue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an index in memory", e);
        }
        this.searcher = new IndexSearcher(reader);
    }

    /** The best {@code n} texts for {@code text} by BM25 in {@code field}, best first; empty when no word is shared. */
    List<Hit> search(String field, String text, int n) {
        if (!fields.contains(field)) {
            throw new IllegalArgumentException("no field " + field);
        }
        Query query = query(field, text);
        if (query == null) {
            return List.of();
        }
        try {
            ScoreDoc[] found = searcher.search(query, n).scoreDocs;
            List<Hit> hits = new ArrayList<>(found.length);
            for (ScoreDoc doc : found) {
                hits.add(new Hit(ordinals[doc.doc], doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search an index in memory", e);
        }
    }

    /**
     * How rare an analysed term is in {@code field}, as BM25 weighs it: {@code log(1 + (N - n + 0.5) / (n + 0.5))}
     * for {@code n} of {@code N} texts holding it.
     */
    float idf(String field, String term) {
        return idfs.computeIfAbsent(field + '\u0000' + term, key -> {
            try {
                int n = reader.docFreq(new Term(field, term));
                return (float) Math.log(1 + (reader.maxDoc() - n + 0.5) / (n + 0.5));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read an index in memory", e);
            }
        });
    }

    /** Any word of the text may match; a very long text keeps its first words, as many as Lucene allows. */
    private Query query(String field, String text) {
        String words = withoutLinks(text);
        Query query = new QueryBuilder(analyzer).createBooleanQuery(field, words);
        if (query instanceof BooleanQuery bool && bool.clauses().size() > IndexSearcher.getMaxClauseCount()) {
            BooleanQuery.Builder kept = new BooleanQuery.Builder();
            bool.clauses().stream().limit(IndexSearcher.getMaxClauseCount()).forEach(kept::add);
            return kept.build();
        }
        return query;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close an index in memory", e);
        }
    }
}
