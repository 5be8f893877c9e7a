package org.rhetorica.ingest;

import org.jsoup.nodes.Element;

/** The parts of a page around its content: menus, banners, forms, the page's own header and footer. */
final class PageChrome {
    /** What is never content, on any page. */
    private static final String NEVER_CONTENT = String.join(", ",
            "nav", "form", "dialog", "[hidden]", "[aria-hidden=true]", "[role=navigation]", "[role=search]",
            "[class~=(?i)cookie|consent|gdpr]", "[id~=(?i)cookie|consent|gdpr]");
    /** The page's frame; a header or footer inside an article belongs to it and stays. */
    private static final String FRAME = "header, footer, aside, [role=banner], [role=contentinfo], [role=complementary]";

    private PageChrome() {}

    /**
     * Removes from {@code root} what is never content: navigation, forms, dialogs, hidden elements
     * and cookie banners. Readability would keep a menu of a short page.
     */
    static void removeNonContent(Element root) {
        root.select(NEVER_CONTENT).remove();
    }

    /** Removes from {@code root} what is never content, and the page's header, footer and side bars. */
    static void removeAll(Element root) {
        removeNonContent(root);
        for (Element element : root.select(FRAME)) {
            if (element.closest("article") == null) {
                element.remove();
            }
        }
    }
}
