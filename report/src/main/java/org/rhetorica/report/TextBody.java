package org.rhetorica.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.text.Post;
import org.rhetorica.text.Turn;

/**
 * Writes a document's text as HTML blocks: paragraphs, and interview turns and forum posts set off
 * with their speaker; marks go inside through a {@link SpanMarkup}. A turn's label ("SO:") is shown in
 * the turn's heading instead of the text. Text that no paragraph covers is still shown, as is.
 */
final class TextBody {
    /** A stretch of the text shown as a block of its own, or hidden ({@code heading} null). */
    private record Region(int start, int end, String classes, String heading) {}

    private final Document doc;
    private final SpanMarkup markup;
    private final List<Span> paragraphs;
    private int nextParagraph;

    private TextBody(Document doc, SpanMarkup markup) {
        this.doc = doc;
        this.markup = markup;
        this.paragraphs = doc.layer(Paragraphs.LAYER);
    }

    static void append(StringBuilder out, Document doc, SpanMarkup markup, Speakers speakers) {
        new TextBody(doc, markup).appendAll(out, speakers);
    }

    private void appendAll(StringBuilder out, Speakers speakers) {
        int cursor = 0;
        for (Region region : regions(speakers)) {
            int start = Math.max(region.start(), cursor);
            if (start >= region.end()) {
                continue; // lies inside a block already written: bad data, shown once
            }
            appendFlow(out, cursor, start);
            if (region.heading() != null) {
                out.append("<section class=\"").append(region.classes()).append("\"><div class=\"head\">")
                        .append(region.heading()).append("</div>");
                appendFlow(out, start, region.end());
                out.append("</section>\n");
            }
            cursor = region.end();
        }
        appendFlow(out, cursor, doc.text().length());
    }

    private List<Region> regions(Speakers speakers) {
        List<Region> regions = new ArrayList<>();
        for (Turn turn : doc.layer(Turn.LAYER)) {
            regions.add(new Region(turn.start(), turn.end(), "block turn" + speakers.cssClass(turn.speaker()), turnHeading(turn)));
            if (turn.label() != null) {
                regions.add(new Region(turn.label().start(), turn.label().end(), null, null));
            }
        }
        for (Post post : doc.layer(Post.LAYER)) {
            regions.add(new Region(post.start(), post.end(), "block post" + speakers.cssClass(post.author()), postHeading(post)));
        }
        regions.sort(Comparator.comparingInt(Region::start));
        return regions;
    }

    private String turnHeading(Turn turn) {
        StringBuilder heading = new StringBuilder("<span class=\"who\">")
                .append(turn.speaker() != null ? Html.escape(turn.speaker()) : "unnamed speaker").append("</span>");
        if (turn.role() != null) {
            heading.append("<span class=\"role\">").append(turn.role().json()).append("</span>");
        }
        if (turn.label() != null) {
            heading.append("<span class=\"label\">").append(Html.escape(doc.text(turn.label()))).append("</span>");
        }
        return heading.toString();
    }

    private static String postHeading(Post post) {
        StringBuilder heading = new StringBuilder("<span class=\"who\">")
                .append(post.author() != null ? Html.escape(post.author()) : "unknown author").append("</span>");
        if (post.score() != null) {
            heading.append("<span class=\"score\">").append(post.score())
                    .append(Math.abs(post.score()) == 1 ? " point" : " points").append("</span>");
        }
        String when = post.age() != null ? post.age() : post.published();
        if (when != null) {
            heading.append("<span class=\"age\">").append(Html.escape(when)).append("</span>");
        }
        return heading.toString();
    }

    /** Writes {@code [from, to)} as paragraphs, each cut to the range. */
    private void appendFlow(StringBuilder out, int from, int to) {
        while (nextParagraph < paragraphs.size() && paragraphs.get(nextParagraph).end() <= from) {
            nextParagraph++;
        }
        int written = from;
        for (int i = nextParagraph; i < paragraphs.size() && paragraphs.get(i).start() < to; i++) {
            Span paragraph = paragraphs.get(i);
            int start = Math.max(paragraph.start(), written);
            int end = Math.min(paragraph.end(), to);
            if (start < end) {
                appendBlock(out, written, start, "<p class=\"loose\">");
                appendBlock(out, start, end, "<p>");
                written = end;
            }
        }
        appendBlock(out, written, to, "<p class=\"loose\">");
    }

    /** Writes {@code [from, to)} without its outer white space as one block, unless it is blank. */
    private void appendBlock(StringBuilder out, int from, int to, String openTag) {
        String text = doc.text();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            out.append(openTag);
            markup.append(out, from, to);
            out.append("</p>\n");
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
