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
 */
public record PageFrame(String home, String homeLabel, String styleHref, String scriptHref, String styleNonce) {
    public static final PageFrame STANDALONE = new PageFrame("index.html", "Rhetorica", null, null, null);
}
