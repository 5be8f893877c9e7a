package org.rhetorica.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.rhetorica.corpus.Facet;
import org.rhetorica.index.Corpus.CorpusSearcher;
import org.rhetorica.index.SearchResult.FacetCounts;
import org.rhetorica.index.SearchResult.FacetValue;
import org.rhetorica.index.SearchResult.Fragment;
import org.rhetorica.index.SearchResult.Hit;

/** One search over one searcher: by words with facets counted sideways, or by meaning over passages. */
final class Search {
    static final int FACET_VALUES = 12;
    /** Marks around matched words in snippets, taken apart into fragments afterwards. */
    private static final String OPEN = "\u0001";
    private static final String CLOSE = "\u0002";
    private static final int SNIPPET_PASSAGES = 2;
    private static final SnippetScorer SNIPPET_SCORER = new SnippetScorer();
    /** Documents matching the words of a search by meaning, beyond which the words no longer narrow it. */
    private static final int MAX_WORD_MATCHES = 100_000;

    private final CorpusSearcher searcher;
    private final IndexConfig config;
    private final SentenceVectors vectors;

    Search(CorpusSearcher searcher, IndexConfig config, SentenceVectors vectors) {
        this.searcher = searcher;
        this.config = config;
        this.vectors = vectors;
    }

    SearchResult run(SearchRequest request) throws IOException {
        request.filters().keySet().forEach(this::checkFacet);
        return request.bySimilarity() ? byMeaning(request) : byWords(request);
    }

    /** Documents matching the request's words and filters, with no facet counting: for exports and aggregates. */
    static Query documentQuery(SearchRequest request, IndexConfig config) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(Queries.documents(Queries.parse(request.query(), config.analyzer())), BooleanClause.Occur.MUST);
        if (!request.filters().isEmpty()) {
            query.add(Queries.keywordFilter(request.filters()), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    private void checkFacet(String name) {
        if (config.facet(name) == null) {
            throw new IllegalArgumentException("no facet is called " + name + "; there are "
                    + String.join(", ", config.facets().stream().map(Facet::name).toList()));
        }
    }

    private SearchResult byWords(SearchRequest request) throws IOException {
        Query words = Queries.parse(request.query(), config.analyzer());
        int wanted = request.offset() + request.limit();
        if (searcher.facets == null) {
            return new SearchResult(0, List.of(), List.of());
        }
        DrillDownQuery query = new DrillDownQuery(config.facetsConfig(), Queries.documents(words));
        request.filters().forEach((facet, values) -> values.forEach(value -> query.add(facet, value)));
        DrillSideways sideways = new DrillSideways(searcher, config.facetsConfig(), searcher.facets);
        DrillSideways.DrillSidewaysResult found = request.order() == SearchRequest.Order.DATE
                ? sideways.search(query, null, null, Math.max(1, wanted), byDate(), true)
                : sideways.search(query, Math.max(1, wanted));
        ScoreDoc[] page = page(found.hits.scoreDocs, request);
        List<List<Fragment>> snippets = snippets(words, page);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Summary summary = summary(page[i].doc);
            hits.add(new Hit(summary, Float.isNaN(page[i].score) ? 0 : page[i].score, snippets.get(i), null, groupSize(summary)));
        }
        return new SearchResult(found.hits.totalHits.value, hits, facetCounts(found.facets, request.filters()));
    }

    private static Sort byDate() {
        SortField published = new SortField(Schema.PUBLISHED_VALUES, SortField.Type.STRING, true);
        published.setMissingValue(SortField.STRING_FIRST);
        return new Sort(published, SortField.FIELD_SCORE);
    }

    private SearchResult byMeaning(SearchRequest request) throws IOException {
        if (vectors == null) {
            throw new IllegalStateException("search by meaning needs the sentence encoder, which this reader was not given");
        }
        // Only passages have vectors, so the filter is only what the request narrows to (none: no filter to build).
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        if (!request.filters().isEmpty()) {
            filter.add(Queries.keywordFilter(request.filters()), BooleanClause.Occur.FILTER);
        }
        if (!request.query().isBlank()) {
            filter.add(keysMatching(request.query()), BooleanClause.Occur.FILTER);
        }
        BooleanQuery narrowing = filter.build();
        int passages = Math.min(2000, (request.offset() + request.limit()) * 5 + 50);
        float[] vector = Passages.unit(vectors.query(request.similarTo()));
        ScoreDoc[] nearest = vector == null ? new ScoreDoc[0]
                : searcher.search(new KnnFloatVectorQuery(Schema.VECTOR, vector, passages,
                        narrowing.clauses().isEmpty() ? null : narrowing), passages).scoreDocs;
        // The best passage of each document, best first.
        Map<Integer, ScoreDoc> best = new LinkedHashMap<>();
        for (ScoreDoc hit : nearest) {
            best.putIfAbsent(searcher.documentOf(hit.doc), hit);
        }
        List<Integer> docs = new ArrayList<>(best.keySet());
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>();
        for (int doc : docs.subList(Math.min(request.offset(), docs.size()), Math.min(request.offset() + request.limit(), docs.size()))) {
            ScoreDoc hit = best.get(doc);
            org.apache.lucene.document.Document passage = stored.document(hit.doc, PASSAGE_FIELDS);
            int start = passage.getField(Schema.PASSAGE_START).numericValue().intValue();
            int end = passage.getField(Schema.PASSAGE_END).numericValue().intValue();
            Summary summary = summary(doc);
            String text = stored.document(doc, TEXT_FIELD).get(Schema.TEXT);
            hits.add(new Hit(summary, hit.score, List.of(new Fragment(text.substring(start, end), true)), new int[] {start, end},
                    groupSize(summary)));
        }
        Facets facets = searcher.facets == null ? null : new SortedSetDocValuesFacetCounts(searcher.facets, collect(docs));
        return new SearchResult(docs.size(), hits, facetCounts(facets, request.filters()));
    }

    private static final Set<String> PASSAGE_FIELDS = Set.of(Schema.PASSAGE_START, Schema.PASSAGE_END);
    private static final Set<String> TEXT_FIELD = Set.of(Schema.TEXT);

    /** These documents (index-wide ids) as a facet collector's matches, for counting their facets. */
    private FacetsCollector collect(List<Integer> docs) throws IOException {
        FacetsCollector collector = new FacetsCollector();
        int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().toArray();
        int at = 0;
        for (LeafReaderContext leaf : searcher.getLeafContexts()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (at < sorted.length && sorted[at] < end) {
                LeafCollector collecting = collector.getLeafCollector(leaf);
                for (; at < sorted.length && sorted[at] < end; at++) {
                    collecting.collect(sorted[at] - leaf.docBase);
                }
                collecting.finish();
            }
        }
        return collector;
    }

    /** The keys of the documents matching the words, as a filter for their passages. */
    private Query keysMatching(String words) throws IOException {
        TopDocs matching = searcher.search(Queries.documents(Queries.parse(words, config.analyzer())), MAX_WORD_MATCHES);
        StoredFields stored = searcher.storedFields();
        List<String> keys = new ArrayList<>();
        for (ScoreDoc hit : matching.scoreDocs) {
            keys.add(stored.document(hit.doc, Set.of(Schema.KEY)).get(Schema.KEY));
        }
        return keys.isEmpty() ? new MatchNoDocsQuery() : keyQuery(keys);
    }

    private static Query keyQuery(List<String> keys) {
        return new TermInSetQuery(Schema.KEY, keys.stream().map(BytesRef::new).toList());
    }

    private static ScoreDoc[] page(ScoreDoc[] all, SearchRequest request) {
        int from = Math.min(request.offset(), all.length);
        int to = Math.min(request.offset() + request.limit(), all.length);
        return java.util.Arrays.copyOfRange(all, from, to);
    }

    private Summary summary(int doc) throws IOException {
        return Summaries.read(searcher, doc);
    }

    private int groupSize(Summary summary) throws IOException {
        Integer known = searcher.groupSizes.get(summary.group());
        if (known == null) {
            known = searcher.count(Queries.documents(new TermQuery(new Term(Schema.GROUP, summary.group()))));
            searcher.groupSizes.put(summary.group(), known);
        }
        return known;
    }

    /** The best passages of each document's text, split into plain and matched fragments. */
    private List<List<Fragment>> snippets(Query words, ScoreDoc[] page) throws IOException {
        int[] ids = java.util.Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, config.analyzer())
                .withFormatter(new DefaultPassageFormatter(OPEN, CLOSE, " … ", false))
                .withScorer(SNIPPET_SCORER)
                .withBreakIterator(ForwardSentenceBreaks::new)
                .withMaxLength(10_000)
                .build();
        String[] marked = ids.length == 0 ? new String[0]
                : highlighter.highlightFields(new String[] {Schema.TEXT}, words, ids, new int[] {SNIPPET_PASSAGES}).get(Schema.TEXT);
        List<List<Fragment>> snippets = new ArrayList<>();
        for (String text : marked) {
            snippets.add(fragments(text));
        }
        return snippets;
    }

    static List<Fragment> fragments(String marked) {
        List<Fragment> fragments = new ArrayList<>();
        if (marked == null) {
            return fragments;
        }
        int at = 0;
        while (at < marked.length()) {
            int open = marked.indexOf(OPEN, at);
            if (open < 0) {
                fragments.add(new Fragment(marked.substring(at), false));
                break;
            }
            if (open > at) {
                fragments.add(new Fragment(marked.substring(at, open), false));
            }
            int close = marked.indexOf(CLOSE, open);
            int end = close < 0 ? marked.length() : close;
            fragments.add(new Fragment(marked.substring(open + 1, end), true));
            at = close < 0 ? marked.length() : close + 1;
        }
        return fragments;
    }

    private List<FacetCounts> facetCounts(Facets facets, Map<String, List<String>> filters) throws IOException {
        List<FacetCounts> counts = new ArrayList<>();
        for (Facet facet : config.facets()) {
            List<String> selected = filters.getOrDefault(facet.name(), List.of());
            Map<String, Long> values = new LinkedHashMap<>();
            FacetResult top = facets == null ? null : topChildren(facets, facet.name());
            if (top != null) {
                for (LabelAndValue value : top.labelValues) {
                    values.put(value.label, value.value.longValue());
                }
            }
            Set<String> shown = new HashSet<>(values.keySet());
            for (String value : selected) {
                if (!shown.contains(value)) {
                    values.put(value, facets == null ? 0 : specificValue(facets, facet.name(), value));
                }
            }
            List<FacetValue> list = new ArrayList<>();
            values.forEach((value, count) -> list.add(new FacetValue(value, config.contributors().valueLabel(facet.name(), value),
                    count, selected.contains(value))));
            counts.add(new FacetCounts(facet.name(), facet.label(), list));
        }
        return counts;
    }

    private static FacetResult topChildren(Facets facets, String dim) throws IOException {
        try {
            return facets.getTopChildren(FACET_VALUES, dim);
        } catch (IllegalArgumentException notIndexed) {
            return null; // no document has this facet yet
        }
    }

    private static long specificValue(Facets facets, String dim, String value) throws IOException {
        try {
            Number count = facets.getSpecificValue(dim, value);
            return count == null || count.longValue() < 0 ? 0 : count.longValue();
        } catch (IllegalArgumentException notIndexed) {
            return 0;
        }
    }
}
