package org.rhetorica.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.rhetorica.doc.DocumentJson;

/**
 * Labels a person corrected for one document, imported as gold for evaluation or training. Offsets
 * are UTF-16 indices into the document's text, as the index holds it.
 *
 * @param tool where the labels were corrected: {@code label-studio} or {@code brat}
 */
public record Gold(String key, String tool, List<Span> techniques, List<Span> quotes) {
    /**
     * One corrected span.
     *
     * @param label a technique's corpus label, or a quote's kind
     * @param speaker the speaker a quote was given, or null
     */
    public record Span(int start, int end, String label, String speaker) {}

    public Gold {
        techniques = List.copyOf(techniques);
        quotes = List.copyOf(quotes);
    }

    byte[] toJson() {
        try {
            return DocumentJson.mapper().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write gold labels", e);
        }
    }

    static Gold fromJson(byte[] json) {
        try {
            return DocumentJson.mapper().readValue(json, Gold.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable gold labels in the index", e);
        }
    }
}
