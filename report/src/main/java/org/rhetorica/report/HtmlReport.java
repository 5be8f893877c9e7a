package org.rhetorica.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rhetorica.analysis.claims.ClaimSpan;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.analysis.techniques.TechniqueSpan;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.Span;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.text.Post;
import org.rhetorica.text.Sentences;
import org.rhetorica.text.Turn;

/**
 * A self-contained HTML page showing one document and its layers: the text with paragraphs,
 * interview turns and forum posts as blocks, and quotes, techniques, entities and sentence starts
 * as highlights with tooltips, each layer switchable; a threshold slider for techniques; who uses
 * which technique; the quoted speakers. Style and script are inline: the page works opened from
 * disk and fetches nothing. Every piece of the document is escaped. Thread-safe.
 */
public final class HtmlReport {
    /** Layers with a view of their own; any other written layer is shown as plain highlights. */
    private static final Set<String> KNOWN_LAYERS = Set.of(Paragraphs.LAYER.name(), Sentences.LAYER.name(),
            Turn.LAYER.name(), Post.LAYER.name(), Entity.LAYER.name(), Quote.LAYER.name(), TechniqueSpan.LAYER.name(),
            ClaimSpan.LAYER.name());
    private static final String SENTENCE_START = "<span class=\"sb\"></span>";

    private HtmlReport() {}

    public static String render(Document doc) {
        return render(doc, PageFrame.STANDALONE);
    }

    public static String render(Document doc, PageFrame frame) {
        Speakers speakers = new Speakers(doc);
        TechniqueKinds techniques = TechniqueKinds.of(doc.layer(TechniqueSpan.LAYER));
        List<Layer<?>> otherLayers = otherLayers(doc);
        SpanMarkup markup = new SpanMarkup(doc.text(), Highlights.of(doc, speakers, techniques, otherLayers),
                sentenceStarts(doc), SENTENCE_START);
        TechniqueSection techniqueSection = new TechniqueSection(doc, techniques);

        StringBuilder html = new StringBuilder(doc.text().length() * 3 + 20000);
        String title = Html.escape(titleOf(doc.metadata()));
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        if (frame.scriptHref() == null) {
            // A page opened from disk carries its own policy; a served page has the server's, in a header.
            html.append(Html.contentSecurityPolicy(Assets.REPORT_JS));
        }
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(title).append(" · Rhetorica</title>\n");
        if (frame.styleHref() != null) {
            html.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(frame.styleHref())).append("\">\n<style");
        } else {
            html.append("<style");
        }
        if (frame.styleNonce() != null) {
            html.append(" nonce=\"").append(Html.escape(frame.styleNonce())).append('"');
        }
        html.append('>').append(frame.styleHref() == null ? Assets.REPORT_CSS : "")
                .append(otherLayersCss(otherLayers.size())).append(speakers.css())
                .append("</style></head>\n<body>\n");
        appendHeader(html, doc.metadata(), title, frame);
        html.append("<div class=\"layout\"><main>\n");
        appendLanguageNote(html, doc);
        html.append("<article id=\"text\" class=\"hide-s\" lang=\"").append(Html.escape(languageOf(doc))).append("\">\n");
        int textStart = html.length();
        TextBody.append(html, doc, markup, speakers);
        if (html.length() == textStart) {
            html.append("<p class=\"none\">The document is empty.</p>\n");
        }
        html.append("</article>\n");
        appendTables(html, doc, techniqueSection, speakers, frame);
        html.append("</main>\n<aside>\n");
        appendPanels(html, doc, techniqueSection, speakers, otherLayers);
        html.append("</aside></div>\n<footer>Rhetorica · hover a highlight for what it is; ")
                .append("techniques are found by a model and carry its score. The JSON result gives every span with its offsets.</footer>\n")
                .append("<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script type=\"application/json\" id=\"technique-data\">")
                .append(techniqueSection.data()).append("</script>\n");
        if (frame.scriptHref() != null) {
            html.append("<script src=\"").append(Html.escape(frame.scriptHref())).append("\"></script>\n");
        } else {
            html.append("<script>").append(Assets.REPORT_JS).append("</script>\n");
        }
        html.append("</body></html>\n");
        return html.toString();
    }

    /** Below the text: the claims, who uses which technique, the technique legend, the entities. */
    private static void appendTables(StringBuilder html, Document doc, TechniqueSection techniqueSection, Speakers speakers,
            PageFrame frame) {
        html.append("<h2>Check-worthy claims</h2>\n");
        if (analysed(html, doc, ClaimSpan.LAYER, "Claims")) {
            ClaimSection.append(html, doc, frame);
        }
        html.append("<h2>Who uses which technique</h2>\n");
        if (analysed(html, doc, TechniqueSpan.LAYER, "Techniques")) {
            techniqueSection.appendWhoUsesWhich(html, speakers);
        }
        html.append("<h2>Persuasion techniques</h2>\n");
        techniqueSection.appendLegend(html);
        html.append("<h2>Entities</h2>\n");
        if (analysed(html, doc, Entity.LAYER, "Entities")) {
            EntitySection.append(html, doc);
        }
    }

    /** Beside the text: layer switches, the technique threshold and counts, the quoted speakers. */
    private static void appendPanels(StringBuilder html, Document doc, TechniqueSection techniqueSection, Speakers speakers,
            List<Layer<?>> otherLayers) {
        appendToggles(html, doc, otherLayers);
        html.append("<section><h2>Techniques</h2>");
        if (analysed(html, doc, TechniqueSpan.LAYER, "Techniques")) {
            html.append("<div class=\"slider\"><label for=\"threshold\">threshold</label>")
                    .append("<input type=\"range\" id=\"threshold\" min=\"0\" max=\"1\" step=\"0.05\" value=\"0\">")
                    .append("<output id=\"threshold-value\" for=\"threshold\">0.00</output></div>")
                    .append("<p class=\"hint\">Hides techniques scored below the threshold and recounts the rest.</p>");
            techniqueSection.appendCounts(html);
        }
        html.append("</section>\n<section><h2>Quoted speakers</h2>");
        if (analysed(html, doc, Quote.LAYER, "Quotes")) {
            html.append("<p class=\"hint\">Click a speaker to pick out their words.</p>");
            QuoteSection.append(html, doc, speakers);
        }
        html.append("</section>\n");
    }

    /** Whether the document has the layer; if not, says that {@code what} were not analysed. */
    private static boolean analysed(StringBuilder html, Document doc, Layer<?> layer, String what) {
        if (!doc.has(layer)) {
            html.append("<p class=\"none\">").append(what).append(" were not analysed.</p>\n");
        }
        return doc.has(layer);
    }

    static String titleOf(Metadata meta) {
        return meta.title() != null && !meta.title().isBlank() ? meta.title() : meta.id();
    }

    private static String languageOf(Document doc) {
        String language = doc.metadata().language();
        return language == null || language.equals("und") ? "" : language;
    }

    private static List<Layer<?>> otherLayers(Document doc) {
        List<Layer<?>> others = new ArrayList<>();
        for (Layer<?> layer : doc.layers()) {
            if (layer.written() && !KNOWN_LAYERS.contains(layer.name())) {
                others.add(layer);
            }
        }
        return others;
    }

    private static String otherLayersCss(int count) {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < count; i++) {
            css.append("#text.hide-g").append(i).append(" .g").append(i).append("{outline:none}");
        }
        return css.toString();
    }

    private static int[] sentenceStarts(Document doc) {
        return doc.layer(Sentences.LAYER).stream().mapToInt(Span::start).toArray();
    }

    private static void appendHeader(StringBuilder html, Metadata meta, String escapedTitle, PageFrame frame) {
        html.append("<header class=\"doc\"><p class=\"kicker\"><a href=\"").append(Html.escape(frame.home())).append("\">")
                .append(Html.escape(frame.homeLabel())).append("</a> · document ")
                .append(Html.escape(meta.id())).append("</p>\n<h1>").append(escapedTitle).append("</h1>\n<dl class=\"meta\">");
        appendField(html, "source", Html.escape(meta.source()));
        appendField(html, "author", Html.escape(meta.author()));
        appendField(html, "published", Html.escape(meta.published()));
        appendField(html, "language", Html.escape(meta.language()));
        appendField(html, "from", Html.escape(originOf(meta.origin())));
        if (meta.url() != null) {
            String url = Html.escape(meta.url());
            // Only web links are clickable: a javascript: or data: address in a document stays text.
            appendField(html, "address", isWebAddress(meta.url()) ? "<a href=\"" + url + "\" rel=\"noopener noreferrer\">" + url + "</a>" : url);
        }
        html.append("</dl>\n");
        if (!meta.warnings().isEmpty()) {
            html.append("<div class=\"warnings\"><strong>Read with warnings</strong><ul>");
            meta.warnings().forEach(warning -> html.append("<li>").append(Html.escape(warning)).append("</li>"));
            html.append("</ul></div>\n");
        }
        html.append("</header>\n");
    }

    private static void appendField(StringBuilder html, String name, String escapedValue) {
        if (!escapedValue.isEmpty()) {
            html.append("<div><dt>").append(name).append("</dt><dd>").append(escapedValue).append("</dd></div>");
        }
    }

    private static String originOf(Origin origin) {
        if (origin == null) {
            return null;
        }
        return origin.file() + (origin.record() != null ? " · " + origin.record() : "")
                + String.format(Locale.ROOT, " · characters %d–%d", origin.start(), origin.end());
    }

    private static boolean isWebAddress(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static void appendLanguageNote(StringBuilder html, Document doc) {
        boolean nothingFound = doc.layer(Quote.LAYER).isEmpty() && doc.layer(TechniqueSpan.LAYER).isEmpty()
                && doc.layer(Entity.LAYER).isEmpty();
        if (!doc.isEnglish() && nothingFound) {
            html.append("<p class=\"note\">This document is in language “").append(Html.escape(doc.metadata().language()))
                    .append("”. Sentences, quotes, entities and techniques are found in English text only.</p>\n");
        }
    }

    /** A switch for each highlight layer the document has. */
    private static void appendToggles(StringBuilder html, Document doc, List<Layer<?>> otherLayers) {
        html.append("<section><h2>Layers</h2><ul class=\"toggles\">");
        appendToggle(html, doc, TechniqueSpan.LAYER, "t", "techniques", true, " data-total=\"\"");
        appendToggle(html, doc, Quote.LAYER, "q", "quotes", true, "");
        appendToggle(html, doc, Entity.LAYER, "e", "entities", true, "");
        appendToggle(html, doc, Sentences.LAYER, "s", "sentence starts", false, "");
        appendToggle(html, doc, ClaimSpan.LAYER, "c", "claims", true, "");
        for (int i = 0; i < otherLayers.size(); i++) {
            appendToggle(html, doc, otherLayers.get(i), "g" + i, otherLayers.get(i).name(), true, "");
        }
        html.append("</ul>");
        if (doc.has(Entity.LAYER)) {
            html.append("<p class=\"hint\">Entities: <span class=\"sw et-person\"></span>person ")
                    .append("<span class=\"sw et-organization\"></span>organisation <span class=\"sw et-location\"></span>place ")
                    .append("<span class=\"sw et-other\"></span>other</p>");
        }
        html.append("</section>\n");
    }

    private static void appendToggle(StringBuilder html, Document doc, Layer<?> layer, String key, String name, boolean shown,
            String countAttribute) {
        if (!doc.has(layer)) {
            return;
        }
        String keyClass = key.startsWith("g") ? "g" : key;
        html.append("<li><label><input type=\"checkbox\" data-layer=\"").append(key).append('"').append(shown ? " checked" : "")
                .append("><span class=\"key ").append(keyClass).append("\"></span>").append(Html.escape(name))
                .append("</label><span class=\"n\"").append(countAttribute).append('>').append(doc.layer(layer).size())
                .append("</span></li>");
    }
}
