package org.rhetorica.ingest;

import java.util.function.Consumer;
import org.rhetorica.doc.Document;

/**
 * Gives the documents of one input their ids as they come: {@code <idBase>} when the input yields
 * one, {@code <idBase>#1}, {@code <idBase>#2}... when it yields several. It holds the first document
 * back until it knows which; {@link #finish()} delivers it when no second one came.
 */
final class Numbering {
    private final String idBase;
    private final Consumer<Document> documents;
    private Draft first;
    private int count;

    Numbering(String idBase, Consumer<Document> documents) {
        this.idBase = idBase;
        this.documents = documents;
    }

    void add(Draft draft) {
        count++;
        if (count == 1) {
            first = draft;
            return;
        }
        if (count == 2) {
            documents.accept(first.toDocument(idBase + "#1"));
            first = null;
        }
        documents.accept(draft.toDocument(idBase + "#" + count));
    }

    /** Delivers the held-back document of an input that yielded only one. */
    void finish() {
        if (first != null) {
            documents.accept(first.toDocument(idBase));
            first = null;
        }
    }

    /** How many documents were added. */
    int count() {
        return count;
    }
}
