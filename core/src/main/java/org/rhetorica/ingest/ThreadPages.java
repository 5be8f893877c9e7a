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

    private static final Pattern POST_CLASS = Pattern.compile("(?i)comment|(?<![\\w-])(?:post|reply|message)(?![\\w-])");
    private static final Pattern POST_HEADER = Pattern.compile(
            "(?i)\\b-?\\d+ points?\\b|\\b\\d+ (?:second|minute|hour|day|week|month|year)s? ago\\b");

    private ThreadPages() {}

    /**
     * How many posts the page seems to hold: the larger of the number of elements named like them (a
     * tag, class or id containing "comment", or a class or id that is exactly "post", "reply" or
     * "message") and the number of blocks that read like a post header ("12 points", "3 hours ago").
     */
    static int posts(Document page) {
        int named = 0;
        for (Element element : page.body().getAllElements()) {
            if (POST_CLASS.matcher(element.normalName() + " " + element.className() + " " + element.id()).find()) {
                named++;
            }
        }
        int headers = 0;
        for (String block : BlockText.blocks(page.body())) {
            if (POST_HEADER.matcher(block).find()) {
                headers++;
            }
        }
        return Math.max(named, headers);
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
