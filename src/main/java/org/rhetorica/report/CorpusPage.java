package org.rhetorica.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Metadata;

/** The page that lists every document of a run with its source, date and counts per layer. */
public final class CorpusPage {
    private CorpusPage() {}

    /** What the corpus page shows of one document; kept instead of the document to spare memory. */
    public record Entry(String file, Metadata metadata, Map<String, Integer> counts) {
        static Entry of(Document doc, String file) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Layer<?> layer : doc.layers()) {
                if (layer.written()) {
                    counts.put(layer.name(), doc.layer(layer).size());
                }
            }
            return new Entry(file, doc.metadata(), counts);
        }
    }

    static String render(List<Entry> entries, List<org.rhetorica.ingest.InputFailure> failures) {
        List<String> layers = entries.stream().flatMap(e -> e.counts().keySet().stream()).distinct().toList();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Rhetorica corpus</title>")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left}td.n{text-align:right}</style>")
                .append("</head><body>\n<h1>Corpus: ").append(entries.size()).append(" documents</h1>\n<table><tr>")
                .append("<th>document</th><th>source</th><th>published</th><th>language</th>");
        layers.forEach(layer -> html.append("<th>").append(Html.escape(layer)).append("</th>"));
        html.append("</tr>\n");
        for (Entry entry : entries) {
            Metadata meta = entry.metadata();
            String title = meta.title() != null ? meta.title() : meta.id();
            html.append("<tr><td><a href=\"").append(Html.escape(entry.file())).append(".html\">")
                    .append(Html.escape(title)).append("</a> (<a href=\"").append(Html.escape(entry.file()))
                    .append(".json\">json</a>)</td><td>").append(Html.escape(meta.source())).append("</td><td>")
                    .append(Html.escape(meta.published())).append("</td><td>").append(Html.escape(meta.language()))
                    .append("</td>");
            layers.forEach(layer -> html.append("<td class=\"n\">").append(entry.counts().getOrDefault(layer, 0)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        if (!failures.isEmpty()) {
            html.append("<h2>Inputs that could not be read: ").append(failures.size()).append("</h2>\n<ul>");
            failures.forEach(f -> html.append("<li>").append(Html.escape(f.toString())).append("</li>"));
            html.append("</ul>\n");
        }
        html.append("</body></html>\n");
        return html.toString();
    }
}
