package org.rhetorica.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rhetorica.analysis.techniques.Technique;
import org.rhetorica.analysis.techniques.TechniqueSpan;
import org.rhetorica.doc.Document;

/**
 * The technique views of a document page: counts by technique, the legend with every technique's
 * definition and example, the table of who uses which technique, and the data the threshold slider
 * recounts them from. Counts are written for threshold 0; the page's script updates the elements
 * marked {@code data-technique-count}, {@code data-cell}, {@code data-row-total} and {@code data-total}.
 */
final class TechniqueSection {
    private final TechniqueKinds kinds;
    private final List<TechniqueSpan> spans;
    /** Speakers of the table's rows, most techniques first; null is the document's own voice. */
    private final List<String> rows;
    private final String ownVoice;
    private final int[] byKind;
    private final int[][] cells;
    private final int[] spanRows;

    TechniqueSection(Document doc, TechniqueKinds kinds) {
        this.kinds = kinds;
        this.spans = doc.layer(TechniqueSpan.LAYER);
        Map<String, Map<String, Integer>> bySpeaker = Tallies.techniquesBySpeaker(doc);
        this.rows = new ArrayList<>(bySpeaker.keySet());
        rows.sort(Comparator.comparingInt((String speaker) -> total(bySpeaker.get(speaker))).reversed());
        String source = doc.metadata().source();
        this.ownVoice = Highlights.OWN_VOICE + (source != null ? " (" + source + ")" : "");
        this.byKind = new int[kinds.size()];
        this.cells = new int[rows.size()][kinds.size()];
        this.spanRows = new int[spans.size()];
        Map<String, Integer> rowOf = new HashMap<>();
        for (int row = 0; row < rows.size(); row++) {
            rowOf.put(rows.get(row), row);
        }
        for (int i = 0; i < spans.size(); i++) {
            TechniqueSpan span = spans.get(i);
            int kind = kinds.number(span.technique());
            spanRows[i] = rowOf.get(span.speaker());
            byKind[kind]++;
            cells[spanRows[i]][kind]++;
        }
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** For the threshold slider: {@code {"spans": [[technique number, table row, score], ...]}}, in layer order. */
    String data() {
        List<List<Number>> data = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            data.add(List.of(kinds.number(spans.get(i).technique()), spanRows[i], spans.get(i).score()));
        }
        return Html.scriptJson(Map.of("spans", data));
    }

    /** The techniques found, with their counts, for the side panel. */
    void appendCounts(StringBuilder out) {
        out.append("<ul class=\"counts\">");
        for (int kind = 0; kind < kinds.size(); kind++) {
            if (byKind[kind] > 0) {
                out.append("<li><span class=\"sw ").append(kinds.cssClass(kind)).append("\"></span><span class=\"name\">")
                        .append(Html.escape(kinds.title(kind))).append("</span><span class=\"n\" data-technique-count=\"")
                        .append(kind).append("\">").append(byKind[kind]).append("</span></li>");
            }
        }
        out.append("</ul>\n");
    }

    /** Every technique with its definition, example and count. */
    void appendLegend(StringBuilder out) {
        out.append("<table class=\"legend\"><thead><tr><th>technique</th><th>what it is</th><th>made-up example</th>")
                .append("<th class=\"n\">in this document</th></tr></thead><tbody>\n");
        for (int kind = 0; kind < kinds.size(); kind++) {
            Technique known = kinds.known(kind);
            out.append("<tr").append(byKind[kind] == 0 ? " class=\"absent\"" : "").append("><th><span class=\"sw ")
                    .append(kinds.cssClass(kind)).append("\"></span>").append(Html.escape(kinds.title(kind)))
                    .append("</th><td>").append(known != null ? Html.escape(known.definition()) : "not in the inventory of 14 techniques")
                    .append("</td><td class=\"example\">").append(known != null ? "“" + Html.escape(known.example()) + "”" : "")
                    .append("</td><td class=\"n\" data-technique-count=\"").append(kind).append("\">").append(byKind[kind])
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    /** Speakers by the techniques found in their words; only techniques found get a column. */
    void appendWhoUsesWhich(StringBuilder out, Speakers speakers) {
        if (rows.isEmpty()) {
            out.append("<p class=\"none\">No technique found.</p>\n");
            return;
        }
        List<Integer> columns = new ArrayList<>();
        for (int kind = 0; kind < kinds.size(); kind++) {
            if (byKind[kind] > 0) {
                columns.add(kind);
            }
        }
        out.append("<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th>speaker</th>");
        for (int kind : columns) {
            out.append("<th class=\"n\"><span class=\"sw ").append(kinds.cssClass(kind)).append("\"></span>")
                    .append(Html.escape(kinds.title(kind))).append("</th>");
        }
        out.append("<th class=\"n\">all</th></tr></thead><tbody>\n");
        for (int row = 0; row < rows.size(); row++) {
            String speaker = rows.get(row);
            out.append("<tr><th>");
            if (speaker == null) {
                out.append("<em>").append(Html.escape(ownVoice)).append("</em>");
            } else {
                out.append("<span class=\"sw").append(speakers.cssClass(speaker)).append("\"></span>").append(Html.escape(speaker));
            }
            out.append("</th>");
            int total = 0;
            for (int kind : columns) {
                int count = cells[row][kind];
                total += count;
                out.append("<td class=\"n").append(count == 0 ? " zero" : "").append("\" data-cell=\"").append(row).append(':')
                        .append(kind).append("\">").append(count).append("</td>");
            }
            out.append("<td class=\"n total\" data-row-total=\"").append(row).append("\">").append(total).append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n");
    }
}
