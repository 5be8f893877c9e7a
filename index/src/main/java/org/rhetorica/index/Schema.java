package org.rhetorica.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.rhetorica.corpus.Contributors;
import org.rhetorica.corpus.Facet;

/**
 * The index's fields. Each analysed document is a block of Lucene documents: one of kind {@code doc}
 * (metadata, text, facets, tallies, the result) followed by one of kind {@code passage} per passage
 * with its sentence vector, all sharing the document's {@code key}, so that a document is added,
 * replaced or deleted whole.
 */
final class Schema {
    /** The layout of the index's fields, recorded in every commit; bumped when a field changes. */
    static final String FORMAT = "rhetorica-index/2";
    static final String FORMAT_KEY = "format";
    static final String KIND = "kind";
    static final String DOC = "doc";
    static final String PASSAGE = "passage";
    /** The document's key in the index: its id, or its id with a suffix when another input had that id. */
    static final String KEY = "key";
    static final String HASH = "hash";
    static final String ORIGIN = "origin";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String RESULT = "result";
    static final String SUMMARY = "summary";
    static final String SOURCE = "source";
    static final String LANGUAGE = "language";
    /** The publication date as {@code yyyy-mm-dd} (or as much of it as is known), for ranges and sorting. */
    static final String PUBLISHED = "published";
    /** Doc values of the date and source, for sorting and charts (a field's doc values must be the same in every document). */
    static final String PUBLISHED_VALUES = "published.values";
    static final String SOURCE_VALUES = "source.values";
    static final String YEAR = "year";
    static final String MONTH = "month";
    static final String WORDS = "words";
    static final String TALLIES = "tallies";
    static final String GROUP = "group";
    static final String MINHASH = "minhash";
    static final String PIPELINE = "pipeline";
    static final String GOLD = "gold";
    /** The kind of the documents holding gold labels, apart from the document blocks, and their key. */
    static final String GOLD_KIND = "gold";
    static final String GOLD_KEY = "goldkey";
    static final String VECTOR = "vector";
    static final String PASSAGE_START = "pstart";
    static final String PASSAGE_END = "pend";

    /** Facets of every document, from its metadata; layers add theirs through their contributors. */
    static final List<Facet> METADATA_FACETS = List.of(new Facet(SOURCE, "Sources"), new Facet(YEAR, "Years"),
            new Facet(MONTH, "Months"), new Facet(LANGUAGE, "Languages"));

    private Schema() {}

    /** The metadata facets and then every contributor's. */
    static List<Facet> facets(Contributors contributors) {
        List<Facet> all = new java.util.ArrayList<>(METADATA_FACETS);
        contributors.facets().forEach(facet -> {
            if (all.stream().noneMatch(f -> f.name().equals(facet.name()))) {
                all.add(facet);
            }
        });
        return List.copyOf(all);
    }

    static FacetsConfig facetsConfig(List<Facet> facets) {
        FacetsConfig config = new FacetsConfig();
        facets.forEach(facet -> config.setMultiValued(facet.name(), true));
        return config;
    }

    /**
     * English stemming for the text and title; keyword fields (facets, {@code key}, {@code published})
     * match whole values, case-insensitively, so that {@code speaker:"mara lindqvist"} finds her.
     */
    static Analyzer analyzer(List<Facet> facets) {
        Map<String, Analyzer> perField = new HashMap<>();
        Analyzer keyword = keywordAnalyzer();
        facets.forEach(facet -> perField.put(facet.name(), keyword));
        perField.put(PUBLISHED, keyword);
        perField.put(KEY, new org.apache.lucene.analysis.core.KeywordAnalyzer());
        perField.put(GROUP, new org.apache.lucene.analysis.core.KeywordAnalyzer());
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
    }

    /** How keyword fields are indexed and queried: the whole value, lower-cased. */
    static String keyword(String value) {
        return value.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Analyzer keywordAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                KeywordTokenizer tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
    }
}
