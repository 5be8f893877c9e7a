package org.rhetorica.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rhetorica.doc.Document;

/** The speakers of a document's quotes, with how often and how much each is quoted. */
final class QuoteSection {
    private QuoteSection() {}

    /**
     * One button per speaker, most quoted first; the page's script highlights the quotes of the
     * speaker clicked. Quotes without a speaker are counted on a line of their own.
     */
    static void append(StringBuilder out, Document doc, Speakers speakers) {
        Map<String, Tallies.QuoteTally> bySpeaker = Tallies.quotesBySpeaker(doc);
        if (bySpeaker.isEmpty()) {
            out.append("<p class=\"none\">No quote found.</p>\n");
            return;
        }
        List<Map.Entry<String, Tallies.QuoteTally>> entries = new ArrayList<>(bySpeaker.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, Tallies.QuoteTally> e) -> e.getValue().quotes())
                .thenComparingInt(e -> e.getValue().words()).reversed());
        out.append("<ul class=\"speakers\">");
        for (Map.Entry<String, Tallies.QuoteTally> entry : entries) {
            String speaker = entry.getKey();
            String figures = describe(entry.getValue());
            if (speaker == null) {
                out.append("<li class=\"unknown\"><span class=\"name\">speaker unknown</span><span class=\"n\">")
                        .append(figures).append("</span></li>");
            } else {
                String speakerClass = speakers.cssClass(speaker).trim();
                out.append("<li><button type=\"button\" class=\"speaker ").append(speakerClass).append("\" data-speaker=\"")
                        .append(speakerClass).append("\" aria-pressed=\"false\"><span class=\"sw\"></span><span class=\"name\">")
                        .append(Html.escape(speaker)).append("</span><span class=\"n\">").append(figures)
                        .append("</span></button></li>");
            }
        }
        out.append("</ul>\n");
    }

    private static String describe(Tallies.QuoteTally tally) {
        return String.format(Locale.ROOT, "%d %s · %d %s", tally.quotes(), tally.quotes() == 1 ? "quote" : "quotes",
                tally.words(), tally.words() == 1 ? "word" : "words");
    }
}
