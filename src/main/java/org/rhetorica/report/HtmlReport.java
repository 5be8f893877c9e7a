package org.rhetorica.report;

import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Span;
import org.rhetorica.text.Paragraphs;

/** A self-contained HTML page showing one document and its layers. */
public final class HtmlReport {
    private HtmlReport() {}

    public static String render(Document doc) {
        Metadata meta = doc.metadata();
        StringBuilder html = new StringBuilder(doc.text().length() * 2 + 2048);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(Html.escape(meta.title() != null ? meta.title() : meta.id())).append("</title>")
                .append("<style>body{font-family:Georgia,serif;max-width:48em;margin:2em auto;line-height:1.5}")
                .append(".meta{font-family:sans-serif;color:#555;font-size:90%}</style></head><body>\n");
        html.append("<h1>").append(Html.escape(meta.title() != null ? meta.title() : meta.id())).append("</h1>\n");
        html.append("<p class=\"meta\">").append(Html.escape(String.join(" · ", java.util.stream.Stream.of(
                meta.source(), meta.author(), meta.published(), meta.language()).filter(s -> s != null).toList())))
                .append("</p>\n");
        for (Span paragraph : doc.layer(Paragraphs.LAYER)) {
            html.append("<p>").append(Html.escape(doc.text(paragraph))).append("</p>\n");
        }
        html.append("</body></html>\n");
        return html.toString();
    }
}
