package org.rhetorica.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.doc.Metadata;

/** Turns a prepared document into its block of Lucene documents (see {@link Schema}). */
final class LuceneDocuments {
    /** The text: searched, highlighted from its stored value with the offsets kept in its postings. */
    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private final FacetsConfig facetsConfig;

    LuceneDocuments(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    List<org.apache.lucene.document.Document> block(Prepared prepared, String key, String group, String pipelineId) {
        Document doc = prepared.doc();
        Metadata meta = doc.metadata();
        Map<String, List<String>> keywords = keywords(prepared, meta);
        org.apache.lucene.document.Document main = new org.apache.lucene.document.Document();
        main.add(new StringField(Schema.KIND, Schema.DOC, Field.Store.NO));
        main.add(new StringField(Schema.KEY, key, Field.Store.YES));
        main.add(new StringField(Schema.HASH, prepared.hash(), Field.Store.YES));
        main.add(new StoredField(Schema.ORIGIN, originOf(meta)));
        main.add(new StringField(Schema.PIPELINE, pipelineId, Field.Store.NO));
        main.add(new StringField(Schema.GROUP, group, Field.Store.YES));
        main.add(new SortedDocValuesField(Schema.GROUP, new BytesRef(group)));
        main.add(new TextField(Schema.TITLE, meta.title() == null ? "" : meta.title(), Field.Store.NO));
        main.add(new Field(Schema.TEXT, doc.text(), TEXT_TYPE));
        // In doc values, compressed on its own: stored beside the text, it made every snippet decompress it too.
        main.add(new BinaryDocValuesField(Schema.RESULT, new BytesRef(Deflation.deflate(resultWithoutText(doc)))));
        // In doc values, not stored fields: a result list reads it without decompressing the text and result beside it.
        main.add(new BinaryDocValuesField(Schema.SUMMARY, new BytesRef(Summary.of(doc, key, group, prepared.words()).toJson())));
        main.add(new NumericDocValuesField(Schema.WORDS, prepared.words()));
        main.add(new BinaryDocValuesField(Schema.TALLIES, Tallies.encode(prepared.entry().tallies())));
        String published = Dates.day(meta.published());
        if (published != null) {
            main.add(new SortedDocValuesField(Schema.PUBLISHED_VALUES, new BytesRef(published)));
        }
        if (meta.source() != null && !meta.source().isBlank()) {
            main.add(new SortedDocValuesField(Schema.SOURCE_VALUES, new BytesRef(meta.source().strip())));
        }
        prepared.signature().forEach(hash -> main.add(new StringField(Schema.MINHASH, hash, Field.Store.NO)));
        keywords.forEach((field, values) -> values.forEach(value -> {
            main.add(new StringField(field, Schema.keyword(value), Field.Store.NO));
            if (!field.equals(Schema.PUBLISHED)) {
                main.add(new SortedSetDocValuesFacetField(field, value));
            }
        }));
        List<org.apache.lucene.document.Document> block = new ArrayList<>();
        try {
            block.add(facetsConfig.build(main));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the facets of " + key, e);
        }
        for (Passages.Passage passage : prepared.passages()) {
            org.apache.lucene.document.Document p = new org.apache.lucene.document.Document();
            p.add(new StringField(Schema.KIND, Schema.PASSAGE, Field.Store.NO));
            p.add(new StringField(Schema.KEY, key, Field.Store.YES));
            p.add(new KnnFloatVectorField(Schema.VECTOR, passage.vector(), VectorSimilarityFunction.DOT_PRODUCT));
            p.add(new StoredField(Schema.PASSAGE_START, passage.span().start()));
            p.add(new StoredField(Schema.PASSAGE_END, passage.span().end()));
            keywords.forEach((field, values) -> values.forEach(value -> p.add(new StringField(field, Schema.keyword(value), Field.Store.NO))));
            block.add(p);
        }
        return block;
    }

    /** Every keyword field's values: the metadata's and the contributors' facets. */
    private static Map<String, List<String>> keywords(Prepared prepared, Metadata meta) {
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        add(keywords, Schema.SOURCE, meta.source());
        add(keywords, Schema.LANGUAGE, meta.language());
        String day = Dates.day(meta.published());
        add(keywords, Schema.PUBLISHED, day);
        if (day != null) {
            add(keywords, Schema.YEAR, day.substring(0, 4));
            if (day.length() >= 7) {
                add(keywords, Schema.MONTH, day.substring(0, 7));
            }
        }
        prepared.entry().facets().forEach((facet, values) -> values.forEach(value -> add(keywords, facet, value)));
        return keywords;
    }

    private static void add(Map<String, List<String>> keywords, String field, String value) {
        if (value != null && !value.isBlank()) {
            List<String> values = keywords.computeIfAbsent(field, f -> new ArrayList<>());
            if (!values.contains(value.strip())) {
                values.add(value.strip());
            }
        }
    }

    private static void removeSpanTexts(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isArray()) {
            node.forEach(LuceneDocuments::removeSpanTexts);
        } else if (node.isObject() && node.has("start") && node.has("end")) {
            ((ObjectNode) node).remove("text");
            node.forEach(LuceneDocuments::removeSpanTexts);
        }
    }

    static String originOf(Metadata meta) {
        return meta.origin() == null ? "" : meta.origin().file();
    }

    /**
     * The document's JSON result without its text, which the index keeps once, in its text field, and
     * without each span's copy of its words, which reading the result back takes from the text.
     */
    private static byte[] resultWithoutText(Document doc) {
        try {
            ObjectNode json = (ObjectNode) DocumentJson.mapper().readTree(DocumentJson.toLine(doc));
            json.remove("text");
            json.forEach(LuceneDocuments::removeSpanTexts);
            return DocumentJson.mapper().writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result of " + doc.id(), e);
        }
    }
}
