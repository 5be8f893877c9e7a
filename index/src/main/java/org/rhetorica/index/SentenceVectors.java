package org.rhetorica.index;

import org.rhetorica.doc.Document;

/**
 * Sentence vectors for search by meaning: every vector the index stores or compares comes through
 * here, so that another sentence encoder can take the place of today's. Implementations are thread-safe.
 */
public interface SentenceVectors {
    /** One vector per sentence of the document, in the order of its sentences layer; null when it has none to give (another language, say). */
    float[][] sentences(Document doc);

    /** The vector of a query, a sentence or two. */
    float[] query(String text);

    /** Length of every vector. */
    int dimension();
}
