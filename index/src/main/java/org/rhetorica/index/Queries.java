package org.rhetorica.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The queries of the index: what users type, and the ones the index asks itself. */
public final class Queries {
    private static final Map<String, Float> DEFAULT_FIELDS = Map.of(Schema.TITLE, 2f, Schema.TEXT, 1f);

    private Queries() {}

    /**
     * Lucene's classic syntax: words (all must match), {@code "phrases"}, {@code OR}, {@code NOT},
     * {@code field:value}, {@code published:[2022-01-01 TO 2022-12-31]}; blank matches everything.
     *
     * @throws IllegalArgumentException naming what is wrong with the query
     */
    static Query parse(String text, Analyzer analyzer) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        QueryParser parser = new MultiFieldQueryParser(DEFAULT_FIELDS.keySet().toArray(String[]::new), analyzer, DEFAULT_FIELDS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read the query " + text + ": " + firstLine(e.getMessage()));
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the query " + text + " expands to too many terms");
        }
    }

    /**
     * Checks a query's syntax before a long run uses it.
     *
     * @return the query
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static String check(String text, IndexConfig config) {
        parse(text, config.analyzer());
        return text;
    }

    /** Documents (not passages) matching {@code query}. */
    static Query documents(Query query) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.KIND, Schema.DOC)), BooleanClause.Occur.FILTER)
                .add(query, BooleanClause.Occur.MUST)
                .build();
    }

    /** The document (not its passages) with this key. */
    static Query document(String key) {
        return documents(new TermQuery(new Term(Schema.KEY, key)));
    }

    /**
     * Filters as keyword terms, which documents and passages both carry: any of a facet's values, and
     * every facet named.
     */
    static Query keywordFilter(Map<String, List<String>> filters) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        filters.forEach((facet, values) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            values.forEach(value -> any.add(new TermQuery(new Term(facet, Schema.keyword(value))), BooleanClause.Occur.SHOULD));
            all.add(any.build(), BooleanClause.Occur.FILTER);
        });
        return all.build();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not a query";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
