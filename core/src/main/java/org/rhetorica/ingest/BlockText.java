package org.rhetorica.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders HTML as plain text the way a reader sees it: every block element (paragraph, heading, list
 * item, quote, div...) becomes its own block, inline content within it is joined, runs of white space
 * collapse to one space, {@code <br>} becomes a line break and {@code <pre>} keeps its layout. What is
 * never shown (scripts, styles, templates, form fields, embedded objects, ruby annotations ({@code
 * <rt>}: the reading aid above a word, not the text), a {@code <title>} wherever it ended up) is
 * left out.
 */
public final class BlockText {
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "thead", "tfoot", "tr", "ul");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> HIDDEN = Set.of(
            "script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object", "embed", "canvas",
            "video", "audio", "select", "textarea", "input", "rt", "rp");
    /** White space as HTML collapses it; a non-breaking space only keeps words apart, so it goes too. */
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    private BlockText() {}

    /** The blocks of {@code root} in document order, each trimmed and non-empty. */
    static List<String> blocks(Element root) {
        Collector collector = new Collector();
        NodeTraversor.filter(collector, root);
        collector.endBlock();
        return collector.blocks;
    }

    /** Paragraphs: one block each, a blank line between them. */
    public static String paragraphs(Element root) {
        return String.join("\n\n", blocks(root));
    }

    /** Lines: one block each. */
    static String lines(Element root) {
        return String.join("\n", blocks(root));
    }

    private static final class Collector implements NodeFilter {
        final List<String> blocks = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int preformatted;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(preformatted > 0 ? text.getWholeText() : SPACES.matcher(text.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (HIDDEN.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    current.append('\n');
                } else if (CELLS.contains(tag)) {
                    current.append(' ');
                } else if (BLOCKS.contains(tag)) {
                    endBlock();
                }
                if (tag.equals("pre")) {
                    preformatted++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCKS.contains(tag)) {
                    endBlock();
                }
                if (tag.equals("pre")) {
                    preformatted--;
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Closes the open block; a blank line inside it (two {@code <br>}) separates two blocks. */
        void endBlock() {
            for (String part : BLANK_LINES.split(current)) {
                String block = preformatted > 0 ? part.strip() : tidyLines(part);
                if (!block.isEmpty()) {
                    blocks.add(block);
                }
            }
            current.setLength(0);
        }

        private static String tidyLines(String text) {
            StringBuilder tidy = new StringBuilder();
            for (String line : text.split("\n")) {
                String stripped = line.strip();
                if (!stripped.isEmpty()) {
                    tidy.append(tidy.length() > 0 ? "\n" : "").append(stripped);
                }
            }
            return tidy.toString();
        }
    }
}
