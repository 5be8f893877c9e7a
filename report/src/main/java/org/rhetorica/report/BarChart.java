package org.rhetorica.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Horizontal stacked bar charts of technique counts, drawn with CSS alone: one row per source or
 * speaker, one coloured segment per technique, bar lengths relative to the longest row.
 */
final class BarChart {
    /** One bar: its label (escaped HTML) and its counts by technique label. */
    record Bar(String labelHtml, Map<String, Integer> counts) {
        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private BarChart() {}

    /**
     * Writes the {@code limit} longest bars, longest first (ties keep their order), and says how many
     * were left out; {@code what} names the rows ("sources").
     */
    static void append(StringBuilder out, List<Bar> bars, TechniqueKinds kinds, int limit, String what) {
        List<Bar> sorted = new ArrayList<>(bars);
        sorted.sort(Comparator.comparingInt(Bar::total).reversed());
        List<Bar> shown = sorted.subList(0, Math.min(limit, sorted.size()));
        int longest = shown.isEmpty() ? 0 : shown.get(0).total();
        if (longest == 0) {
            out.append("<p class=\"none\">No technique found.</p>\n");
            return;
        }
        out.append("<div class=\"chart\">\n");
        for (Bar bar : shown) {
            out.append("<div class=\"row\"><div class=\"label\">").append(bar.labelHtml()).append("</div><div class=\"bar\">");
            int[] byKind = new int[kinds.size()];
            bar.counts().forEach((label, count) -> byKind[kinds.number(label)] += count);
            for (int kind = 0; kind < byKind.length; kind++) {
                if (byKind[kind] > 0) {
                    out.append("<span class=\"seg ").append(kinds.cssClass(kind)).append("\" style=\"width:")
                            .append(String.format(Locale.ROOT, "%.2f", 100.0 * byKind[kind] / longest)).append("%\" title=\"")
                            .append(Html.escape(kinds.title(kind))).append(": ").append(byKind[kind]).append("\"></span>");
                }
            }
            out.append("</div><div class=\"total\">").append(bar.total()).append("</div></div>\n");
        }
        out.append("</div>\n");
        if (sorted.size() > shown.size()) {
            out.append("<p class=\"hint\">").append(sorted.size() - shown.size()).append(" more ").append(what)
                    .append(" not shown.</p>\n");
        }
    }

    /** The colour key of the techniques that occur in {@code bars}. */
    static void appendLegend(StringBuilder out, List<Bar> bars, TechniqueKinds kinds) {
        boolean[] present = new boolean[kinds.size()];
        bars.forEach(bar -> bar.counts().forEach((label, count) -> present[kinds.number(label)] |= count > 0));
        out.append("<ul class=\"key\">");
        for (int kind = 0; kind < present.length; kind++) {
            if (present[kind]) {
                out.append("<li><span class=\"sw ").append(kinds.cssClass(kind)).append("\"></span>")
                        .append(Html.escape(kinds.title(kind))).append("</li>");
            }
        }
        out.append("</ul>\n");
    }
}
