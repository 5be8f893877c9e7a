package org.rhetorica.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.analysis.techniques.TechniqueSpan;
import org.rhetorica.doc.Layer;
import org.rhetorica.ingest.InputFailure;

/**
 * The page that lists every document of a run ({@code index.html}): inputs that failed and why,
 * technique counts per source and per speaker as bar charts, the speakers across the corpus, and
 * the documents with their counts per layer. Tables sort by a click on their heading. Style and
 * script are inline; every piece of document metadata is escaped.
 */
final class CorpusPage {
    /** Rows of each chart; the rest are counted, not drawn. */
    static final int CHART_ROWS = 25;
    /** Rows of the speaker table; corpora can have thousands of speakers. */
    static final int SPEAKER_ROWS = 500;

    private CorpusPage() {}

    static String render(CorpusSummary summary, List<InputFailure> failures) {
        StringBuilder html = new StringBuilder(4096 + summary.rows().size() * 400);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append(Html.contentSecurityPolicy(Assets.CORPUS_JS))
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Rhetorica corpus</title>\n<style>").append(Assets.CORPUS_CSS).append("</style></head>\n<body>\n")
                .append("<header class=\"doc\"><p class=\"kicker\">Rhetorica · corpus</p><h1>")
                .append(summary.rows().size()).append(summary.rows().size() == 1 ? " document" : " documents").append("</h1>");
        appendTotals(html, summary, failures.size());
        html.append("</header>\n<main>\n");
        appendFailures(html, failures);

        TechniqueKinds kinds = new TechniqueKinds(techniqueLabels(summary));
        List<BarChart.Bar> bySource = new ArrayList<>();
        summary.techniquesBySource().forEach((source, counts) ->
                bySource.add(new BarChart.Bar(source != null ? Html.escape(source) : "<em>source unknown</em>", counts)));
        List<BarChart.Bar> bySpeaker = new ArrayList<>();
        summary.voices().forEach((voice, totals) -> {
            if (!totals.techniques().isEmpty()) {
                bySpeaker.add(new BarChart.Bar(voiceLabel(voice), totals.techniques()));
            }
        });
        html.append("<section><h2>Persuasion techniques by source</h2>");
        if (analysed(html, summary, TechniqueSpan.LAYER, "Techniques")) {
            BarChart.appendLegend(html, bySource, kinds);
            BarChart.append(html, bySource, kinds, CHART_ROWS, "sources");
        }
        html.append("</section>\n<section><h2>Persuasion techniques by speaker</h2>");
        if (analysed(html, summary, TechniqueSpan.LAYER, "Techniques")) {
            html.append("<p class=\"hint\">A source's own voice holds the techniques that no quote, interview turn or post ")
                    .append("attributes to someone.</p>");
            BarChart.append(html, bySpeaker, kinds, CHART_ROWS, "speakers");
        }
        html.append("</section>\n");
        appendSpeakers(html, summary);
        appendDocuments(html, summary);
        html.append("</main>\n<script>").append(Assets.CORPUS_JS).append("</script>\n</body></html>\n");
        return html.toString();
    }

    private static List<String> techniqueLabels(CorpusSummary summary) {
        List<String> labels = new ArrayList<>();
        summary.techniquesBySource().values().forEach(counts -> labels.addAll(counts.keySet()));
        return labels;
    }

    /** Whether some document has the layer; if none has, says that {@code what} were not analysed. */
    private static boolean analysed(StringBuilder html, CorpusSummary summary, Layer<?> layer, String what) {
        boolean analysed = summary.layerNames().contains(layer.name());
        if (!analysed) {
            html.append("<p class=\"none\">").append(what).append(" were not analysed in this run.</p>\n");
        }
        return analysed;
    }

    private static String voiceLabel(CorpusSummary.Voice voice) {
        if (!voice.ownVoice()) {
            return Html.escape(voice.name());
        }
        return "<em>own voice of " + (voice.name() != null ? Html.escape(voice.name()) : "sources unknown") + "</em>";
    }

    private static void appendTotals(StringBuilder html, CorpusSummary summary, int failures) {
        html.append("<ul class=\"totals\">");
        List<String> layers = summary.layerNames();
        for (int layer = 0; layer < layers.size(); layer++) {
            long total = 0;
            for (CorpusSummary.Row row : summary.rows()) {
                total += row.count(layer);
            }
            html.append("<li><b>").append(total).append("</b> ").append(Html.escape(layers.get(layer))).append("</li>");
        }
        if (failures > 0) {
            html.append("<li class=\"bad\"><a href=\"#failures\"><b>").append(failures).append(failures == 1 ? "</b> input failed" : "</b> inputs failed").append("</a></li>");
        }
        html.append("</ul>");
    }

    private static void appendFailures(StringBuilder html, List<InputFailure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        html.append("<section id=\"failures\" class=\"failures\"><h2>Inputs that could not be read</h2>")
                .append("<table><thead><tr><th>input</th><th>reason</th></tr></thead><tbody>\n");
        for (InputFailure failure : failures) {
            html.append("<tr><td class=\"path\">").append(Html.escape(failure.path())).append("</td><td>")
                    .append(Html.escape(failure.reason())).append("</td></tr>\n");
        }
        html.append("</tbody></table></section>\n");
    }

    private static void appendSpeakers(StringBuilder html, CorpusSummary summary) {
        List<Map.Entry<CorpusSummary.Voice, CorpusSummary.VoiceTotals>> voices = new ArrayList<>(summary.voices().entrySet());
        voices.sort(Comparator.comparingInt((Map.Entry<CorpusSummary.Voice, CorpusSummary.VoiceTotals> e) ->
                e.getValue().quotes() + e.getValue().techniqueCount()).reversed());
        html.append("<section><h2>Speakers</h2>");
        if (!summary.layerNames().contains(Quote.LAYER.name()) && !summary.layerNames().contains(TechniqueSpan.LAYER.name())) {
            html.append("<p class=\"none\">Quotes and techniques were not analysed in this run.</p></section>\n");
            return;
        }
        if (voices.isEmpty()) {
            html.append("<p class=\"none\">No speaker found.</p></section>\n");
            return;
        }
        html.append("<table class=\"sortable\"><thead><tr><th>speaker</th><th class=\"n\">documents</th><th class=\"n\">quotes</th>")
                .append("<th class=\"n\">words quoted</th><th class=\"n\">techniques</th></tr></thead><tbody>\n");
        for (var entry : voices.subList(0, Math.min(SPEAKER_ROWS, voices.size()))) {
            CorpusSummary.VoiceTotals totals = entry.getValue();
            html.append("<tr><td>").append(voiceLabel(entry.getKey())).append("</td><td class=\"n\">").append(totals.documents())
                    .append("</td><td class=\"n\">").append(totals.quotes()).append("</td><td class=\"n\">").append(totals.words())
                    .append("</td><td class=\"n\">").append(totals.techniqueCount()).append("</td></tr>\n");
        }
        html.append("</tbody></table>");
        if (voices.size() > SPEAKER_ROWS) {
            html.append("<p class=\"hint\">").append(voices.size() - SPEAKER_ROWS).append(" more speakers not shown.</p>");
        }
        html.append("</section>\n");
    }

    private static void appendDocuments(StringBuilder html, CorpusSummary summary) {
        List<String> layers = summary.layerNames();
        html.append("<section><h2>Documents</h2><div class=\"scroll\"><table class=\"sortable documents\"><thead><tr><th>document</th>")
                .append("<th>source</th><th>published</th><th>language</th>");
        layers.forEach(layer -> html.append("<th class=\"n\">").append(Html.escape(layer)).append("</th>"));
        html.append("<th>warnings</th></tr></thead><tbody>\n");
        for (CorpusSummary.Row row : summary.rows()) {
            String file = Html.escape(row.file());
            html.append("<tr><td><a href=\"").append(file).append(".html\">").append(Html.escape(row.title()))
                    .append("</a> <a class=\"json\" href=\"").append(file).append(".json\">json</a></td><td>")
                    .append(Html.escape(row.source())).append("</td><td>").append(Html.escape(row.published()))
                    .append("</td><td>").append(Html.escape(row.language())).append("</td>");
            for (int layer = 0; layer < layers.size(); layer++) {
                html.append("<td class=\"n\">").append(row.count(layer)).append("</td>");
            }
            html.append("<td class=\"warn\">");
            row.warnings().forEach(warning -> html.append("<div>").append(Html.escape(warning)).append("</div>"));
            html.append("</td></tr>\n");
        }
        html.append("</tbody></table></div></section>\n");
    }
}
