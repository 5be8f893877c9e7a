package org.rhetorica.ingest;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Discussion-thread pages (forums, Lemmy, Reddit saved from a browser): many repeated post blocks,
 * each with an author handle, points, an age and widget words ("reply", "link"). Readability keeps
 * one block of such a page, if any, so these pages are told apart and rendered whole instead.
 */
final class ThreadPages {
    /** This many posts or comments make a page a thread. */
    static final int MIN_POSTS = 3;
    /** A post says something: an element with less text is a counter, a button or a form. */
    private static final int MIN_POST_CHARS = 40;
    private static final int MAX_HEADER_CHARS = 120;
    private static final Pattern AUTHOR_WORD = Pattern.compile("[\\p{L}\\p{N}_]{2,}");

    private static final Pattern POST_CLASS = Pattern.compile("(?i)comment|(?<![\\w-])(?:post|reply|message)(?![\\w-])");
    private static final Pattern POST_HEADER = Pattern.compile(
            "(?i)\\b-?\\d+ points?\\b|\\b\\d+ (?:second|minute|hour|day|week|month|year)s? ago\\b");

    private ThreadPages() {}

    /**
     * How many posts the page seems to hold: the larger of the number of elements named like them (a
     * tag, class or id containing "comment", or a class or id that is exactly "post", "reply" or
     * "message") that show a post's header themselves ("12 points", "3 hours ago", a {@code <time>}),
     * and the number of short blocks that read like a post header (an age or a score beside a name).
     * A name alone is not enough: ordinary
     * articles have comment counters, "most commented" lists and comment-form widgets.
     */
    static int posts(Document page) {
        int named = 0;
        for (Element element : page.body().getAllElements()) {
            if (POST_CLASS.matcher(element.normalName() + " " + element.className() + " " + element.id()).find()
                    && element.text().length() >= MIN_POST_CHARS && showsHeader(element)) {
                named++;
            }
        }
        int headers = 0;
        for (String block : BlockText.blocks(page.body())) {
            // A header names its author beside the age or score; an age alone is a teaser's timestamp.
            if (block.length() <= MAX_HEADER_CHARS && POST_HEADER.matcher(block).find()
                    && AUTHOR_WORD.matcher(POST_HEADER.matcher(block).replaceAll(" ")).find()) {
                headers++;
            }
        }
        return Math.max(named, headers);
    }

    private static boolean showsHeader(Element element) {
        return element.selectFirst("time") != null || POST_HEADER.matcher(element.text()).find();
    }

    /**
     * Everything a reader sees on the page but its chrome (see {@link PageChrome#removeAll}), one
     * block element per line, so that every post keeps its header line and its body.
     */
    static String text(Document page) {
        Element body = page.body().clone();
        PageChrome.removeAll(body);
        return BlockText.lines(body);
    }
}
