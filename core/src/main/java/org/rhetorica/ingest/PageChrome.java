package org.rhetorica.ingest;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** The parts of a page around its content: menus, banners, forms, the page's own header and footer. */
final class PageChrome {
    /**
     * Text longer than this is content, whatever element holds it: some sites wrap a whole page in a
     * form (ASP.NET) or mark a wrapper with a consent class, while real forms and banners are short.
     */
    private static final int MAX_CHROME_CHARS = 600;
    private static final String NAVIGATION = "nav, [role=navigation], [role=search]";
    private static final String NOT_SHOWN = "dialog, [hidden]";
    /** What a browser never shows, whatever its size: hidden by attribute or inline style, as Readability reads it. */
    private static final String NEVER_SHOWN = "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], "
            + "[style~=(?i)visibility\\s*:\\s*hidden]";
    /** A class or id that starts with one of these words names a cookie or consent banner. */
    private static final Pattern CONSENT = Pattern.compile("(?i)(?:^|\\s)(?:cookie|consent|gdpr)");
    /** The page's frame; a header or footer inside an article belongs to it and stays. */
    private static final String FRAME = String.join(", ",
            "header", "footer", "aside", "[role=banner]", "[role=contentinfo]", "[role=complementary]",
            "#header", "#footer", "#sidebar", ".sidebar", ".side");

    private PageChrome() {}

    /**
     * Removes from below {@code root} what is never content: elements hidden by attribute or style
     * ({@code hidden}, {@code aria-hidden}, {@code display:none}, {@code visibility:hidden}),
     * navigation, forms, dialogs and cookie banners. A form that holds more than a short text is unwrapped, not
     * removed; readability4j would drop it whole.
     */
    static void removeNonContent(Element root) {
        for (Element element : root.select(NEVER_SHOWN)) {
            removeBelow(root, element);
        }
        for (Element element : root.select(NAVIGATION)) {
            removeBelow(root, element);
        }
        for (Element form : root.select("form")) {
            if (form != root && form.text().length() > MAX_CHROME_CHARS) {
                form.unwrap();
            } else {
                removeBelow(root, form);
            }
        }
        for (Element element : root.getAllElements()) {
            boolean hidden = element.is(NOT_SHOWN) || CONSENT.matcher(element.className() + " " + element.id()).find();
            if (hidden && element.text().length() <= MAX_CHROME_CHARS) {
                removeBelow(root, element);
            }
        }
    }

    /** Removes from below {@code root} what is never content, and the page's header, footer and side bars. */
    static void removeAll(Element root) {
        removeNonContent(root);
        for (Element element : root.select(FRAME)) {
            if (element.closest("article") == null) {
                removeBelow(root, element);
            }
        }
    }

    private static void removeBelow(Element root, Element element) {
        if (element != root) {
            element.remove();
        }
    }
}
