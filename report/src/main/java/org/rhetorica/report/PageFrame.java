package org.rhetorica.report;

/**
 * What frames a document page: standalone, with its style and script inline and a link to the
 * corpus page beside it; or served, with style and script linked (a Content-Security-Policy that
 * forbids inline script allows them) and the page's own colours in a style element carrying the
 * policy's nonce.
 *
 * @param home where the page's kicker links to
 * @param homeLabel what that link says
 * @param styleHref the report's style sheet, or null to inline it
 * @param scriptHref the report's script, or null to inline it
 * @param styleNonce the nonce of the page's style element, or null for none
 * @param claimPage where the page of a claim cluster is, its id appended; null where there is none (a page on disk)
 * @param claimsElsewhere for each claim cluster of the document, in how many other documents of the corpus
 *     the same claim is made
 */
public record PageFrame(String home, String homeLabel, String styleHref, String scriptHref, String styleNonce, String claimPage,
        java.util.Map<String, Integer> claimsElsewhere) {
    public static final PageFrame STANDALONE = new PageFrame("index.html", "Rhetorica", null, null, null, null, java.util.Map.of());

    public PageFrame {
        claimsElsewhere = java.util.Map.copyOf(claimsElsewhere);
    }
}
