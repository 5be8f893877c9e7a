package org.rhetorica.report;

import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.Span;

/** Helpers for writing fixtures: spans found by their words, plain documents. */
final class Texts {
    private Texts() {}

    /** The {@code nth} (from 1) occurrence of {@code part} in {@code text}; fails if there is none. */
    static Span find(String text, String part, int nth) {
        int at = -1;
        for (int i = 0; i < nth; i++) {
            at = text.indexOf(part, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("'" + part + "' does not occur " + nth + " times in the fixture");
            }
        }
        return new Span(at, at + part.length());
    }

    static Document document(String id, String text) {
        return Document.of(text, Metadata.of(id, new Origin(id + ".txt", 0, text.codePointCount(0, text.length()), null)));
    }
}
