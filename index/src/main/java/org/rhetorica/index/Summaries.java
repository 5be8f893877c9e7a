package org.rhetorica.index;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;

/** Reads documents' summaries from their doc values. */
final class Summaries {
    private Summaries() {}

    /** The summary of the document with this index-wide id. */
    static Summary read(IndexSearcher searcher, int doc) throws IOException {
        return Summary.fromJson(DocValuesOf.binary(searcher, doc, Schema.SUMMARY));
    }
}
