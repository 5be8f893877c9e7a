package org.rhetorica.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rhetorica.analysis.claims.ClaimSpan;
import org.rhetorica.doc.Document;

/**
 * The check-worthy claims of a document, most check-worthy first: each with its score, who makes it,
 * the fact-checked claim it repeats (verdict and link) when the analysis was given a list of them,
 * and, on a served page, a link to the other documents that make the same claim.
 */
final class ClaimSection {
    /** Characters of a claim shown. */
    private static final int CLAIM_LENGTH = 160;

    private ClaimSection() {}

    /** The CSS class of a claim's underline by its score: solid from 0.8, dashed from 0.5, dotted below. */
    static String scoreClass(double score) {
        return score >= 0.8 ? "c-hi" : score >= 0.5 ? "c-mid" : "c-lo";
    }

    /** The tooltip of a claim's mark. */
    static String tip(ClaimSpan claim) {
        StringBuilder tip = new StringBuilder("check-worthy claim · score ").append(String.format(Locale.ROOT, "%.2f", claim.score()))
                .append(" · ").append(claim.speaker() != null ? claim.speaker() : Highlights.OWN_VOICE);
        if (claim.known() != null) {
            tip.append(" · fact-checked: ").append(claim.known().verdict() != null ? claim.known().verdict() : "no verdict given");
        }
        return tip.toString();
    }

    static void append(StringBuilder out, Document doc, PageFrame frame) {
        List<ClaimSpan> claims = doc.layer(ClaimSpan.LAYER).stream()
                .sorted(Comparator.comparingDouble(ClaimSpan::score).reversed().thenComparingInt(ClaimSpan::start)).toList();
        if (claims.isEmpty()) {
            out.append("<p class=\"none\">No check-worthy claims.</p>\n");
            return;
        }
        out.append("<ol class=\"claims\">\n");
        for (ClaimSpan claim : claims) {
            out.append("<li><span class=\"score ").append(scoreClass(claim.score())).append("\">")
                    .append(String.format(Locale.ROOT, "%.2f", claim.score())).append("</span> ")
                    .append(Html.escape(shorten(doc.text(claim)))).append(" <span class=\"who\">")
                    .append(Html.escape(claim.speaker() != null ? claim.speaker() : Highlights.OWN_VOICE)).append("</span>");
            if (claim.known() != null) {
                ClaimSpan.KnownMatch known = claim.known();
                out.append("<div class=\"known\">Fact-checked: <strong>")
                        .append(Html.escape(known.verdict() != null ? known.verdict() : "no verdict given")).append("</strong> · ");
                String claimText = "“" + Html.escape(shorten(known.claim())) + "”";
                if (known.url() != null && (known.url().startsWith("https://") || known.url().startsWith("http://"))) {
                    out.append("<a href=\"").append(Html.escape(known.url())).append("\" rel=\"noopener noreferrer\">").append(claimText)
                            .append("</a>");
                } else {
                    out.append(claimText);
                }
                out.append(String.format(Locale.ROOT, " <span class=\"hint\">(match %.2f)</span></div>", known.score()));
            }
            Integer elsewhere = claim.cluster() == null ? null : frame.claimsElsewhere().get(claim.cluster());
            if (frame.claimPage() != null && elsewhere != null && elsewhere > 0) {
                out.append("<div class=\"elsewhere\"><a href=\"").append(Html.escape(frame.claimPage() + claim.cluster())).append("\">")
                        .append("Seen elsewhere: ").append(elsewhere).append(elsewhere == 1 ? " other document" : " other documents")
                        .append("</a></div>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= CLAIM_LENGTH ? line : line.substring(0, CLAIM_LENGTH - 1) + "…";
    }
}
