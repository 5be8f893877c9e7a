package org.rhetorica.corpus;

import java.util.Map;
import org.rhetorica.doc.Spanned;

/**
 * One span of a layer as an export writes it; the exporter adds the document's id, source and date
 * and the span's text.
 *
 * @param start first UTF-16 index of the span (exports write code points)
 * @param end UTF-16 index after the span
 * @param speaker who speaks it, by canonical name, or null
 * @param label its kind as results name it (a technique's corpus label, a quote's kind), or null
 * @param labelName the kind as people read it ("Loaded language"), or null
 * @param score the model's calibrated score, or null for spans without one
 * @param extra other fields of the layer, by name, in a stable order
 */
public record SpanRow(int start, int end, String speaker, String label, String labelName, Double score,
        Map<String, String> extra) implements Spanned {
    public SpanRow {
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }
}
