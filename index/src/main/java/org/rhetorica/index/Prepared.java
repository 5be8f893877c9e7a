package org.rhetorica.index;

import java.util.List;
import java.util.Set;
import org.rhetorica.corpus.CorpusEntry;
import org.rhetorica.doc.Attachment;
import org.rhetorica.doc.Document;

/**
 * One analysed document made ready for the index on a worker thread: what its layers contribute,
 * its passages with their vectors and its near-duplicate signature. Only the writer decides its key
 * and its group.
 *
 * @param doc the analysed document, without attachments
 * @param hash the content hash of the document as it was read, before analysis
 * @param claimVectors the vectors of the document's claims, in the order of its claims layer
 */
record Prepared(Document doc, String hash, CorpusEntry entry, List<Passages.Passage> passages, Set<String> signature,
        int words, float[][] claimVectors) {
    /** How a worker hands the prepared entry on with its document. */
    static final Attachment<Prepared> ATTACHMENT = new Attachment<>("prepared", Prepared.class);

    /** The same entry for another version of the document (its claims with their clusters). */
    Prepared withDoc(Document newDoc) {
        return new Prepared(newDoc, hash, entry, passages, signature, words, claimVectors);
    }
}
