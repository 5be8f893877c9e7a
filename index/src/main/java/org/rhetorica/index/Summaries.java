package org.rhetorica.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/** Reads documents' summaries from their doc values. */
final class Summaries {
    private Summaries() {}

    /** The summary of the document with this index-wide id. */
    static Summary read(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), Schema.SUMMARY);
        if (!values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("a document of the index has no summary");
        }
        var bytes = values.binaryValue();
        return Summary.fromJson(java.util.Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length));
    }
}
