package org.rhetorica.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.rhetorica.claims.ClusterIndex;
import org.rhetorica.report.Html;

/**
 * The pages of claim clusters: a table of clusters by size and spread, and one cluster with its
 * claims on a timeline (an SVG with one dot per dated claim) and in a table. Every piece of text is
 * escaped; the pages use the workbench's style sheet and no script.
 */
final class ClaimPages {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 70;
    private static final int MARGIN = 20;

    private ClaimPages() {}

    static String clusters(List<ClusterIndex.Cluster> clusters, String nonce) {
        StringBuilder html = start("Claims made in several documents", nonce);
        html.append("<h1>Claims made in several documents</h1>\n");
        if (clusters.isEmpty()) {
            html.append("<p>No claim is made in more than one document of this index yet.</p>\n");
        } else {
            html.append("<table class=\"claims\"><thead><tr><th>claim</th><th>claims</th><th>documents</th><th>sources</th>")
                    .append("<th>speakers</th><th>first</th><th>last</th></tr></thead><tbody>\n");
            for (ClusterIndex.Cluster c : clusters) {
                html.append("<tr><td><a href=\"").append(ClaimRoutes.CLAIM_PAGE).append(Html.escape(c.id())).append("\">")
                        .append(Html.escape(c.claim())).append("</a></td><td>").append(c.size()).append("</td><td>").append(c.documents())
                        .append("</td><td>").append(c.sources().size()).append("</td><td>").append(c.speakers().size()).append("</td><td>")
                        .append(Html.escape(orDash(c.first()))).append("</td><td>").append(Html.escape(orDash(c.last()))).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        return end(html);
    }

    static String cluster(ClusterIndex.Cluster cluster, String nonce) {
        StringBuilder html = start("A claim in " + cluster.documents() + " documents", nonce);
        html.append("<h1>“").append(Html.escape(cluster.claim())).append("”</h1>\n<p>Made ").append(cluster.size())
                .append(cluster.size() == 1 ? " time" : " times").append(" in ").append(cluster.documents())
                .append(cluster.documents() == 1 ? " document" : " documents").append(" from ").append(cluster.sources().size())
                .append(cluster.sources().size() == 1 ? " source" : " sources");
        if (cluster.first() != null) {
            html.append(", from ").append(Html.escape(cluster.first())).append(" to ").append(Html.escape(cluster.last()));
        }
        html.append(".</p>\n");
        timeline(html, cluster);
        html.append("<table class=\"claims\"><thead><tr><th>date</th><th>source</th><th>speaker</th><th>words</th><th>document</th>")
                .append("</tr></thead><tbody>\n");
        for (ClusterIndex.Member m : cluster.members()) {
            html.append("<tr><td>").append(Html.escape(orDash(m.date()))).append("</td><td>").append(Html.escape(orDash(m.source())))
                    .append("</td><td>").append(Html.escape(m.speaker() != null ? m.speaker() : "the document's own voice"))
                    .append("</td><td>").append(Html.escape(m.text())).append("</td><td><a href=\"/document?key=")
                    .append(Html.escape(java.net.URLEncoder.encode(m.doc(), java.nio.charset.StandardCharsets.UTF_8))).append("\">")
                    .append(Html.escape(m.doc())).append("</a></td></tr>\n");
        }
        html.append("</tbody></table>\n");
        return end(html);
    }

    /** An axis from the first to the last date with a dot per dated claim, its tooltip saying who, where and when. */
    private static void timeline(StringBuilder html, ClusterIndex.Cluster cluster) {
        LocalDate first = day(cluster.first());
        LocalDate last = day(cluster.last());
        if (first == null || last == null) {
            return;
        }
        long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
        html.append("<figure class=\"timeline\"><svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"the claims by date\"><line x1=\"").append(MARGIN).append("\" y1=\"40\" x2=\"")
                .append(WIDTH - MARGIN).append("\" y2=\"40\" stroke=\"#8c959f\"/>\n");
        for (ClusterIndex.Member m : cluster.members()) {
            LocalDate date = day(m.date());
            if (date == null) {
                continue;
            }
            double x = MARGIN + (WIDTH - 2.0 * MARGIN) * (date.toEpochDay() - first.toEpochDay()) / span;
            html.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"40\" r=\"6\" fill=\"#8250df\" fill-opacity=\"0.6\">", x))
                    .append("<title>").append(Html.escape(m.date() + " · " + orDash(m.source()) + " · "
                            + (m.speaker() != null ? m.speaker() : "the document's own voice"))).append("</title></circle>\n");
        }
        html.append("<text x=\"").append(MARGIN).append("\" y=\"64\" font-size=\"12\">").append(first).append("</text>")
                .append("<text x=\"").append(WIDTH - MARGIN).append("\" y=\"64\" font-size=\"12\" text-anchor=\"end\">").append(last)
                .append("</text></svg></figure>\n");
    }

    private static LocalDate day(String date) {
        if (date == null || date.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }

    private static StringBuilder start(String title, String nonce) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").append(Html.escape(title))
                .append(" · Rhetorica</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head><body>\n")
                .append("<header class=\"bar\"><a class=\"brand\" href=\"/\">Rhetorica</a><nav><a href=\"/\">Search</a>")
                .append("<a href=\"/claims\" aria-current=\"page\">Claims</a><a href=\"/analyse\">Analyse a text</a></nav></header>\n<main class=\"page\">\n");
    }

    private static String end(StringBuilder html) {
        return html.append("</main></body></html>\n").toString();
    }
}
