package org.rhetorica.ingest;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's main content as readability4j (a port of Mozilla's Readability) finds it: the article
 * without navigation, menus, share widgets, related links, ads, scripts and styles.
 *
 * <p>readability4j 1.0.8 was built against jsoup 1.11; every jsoup method it calls exists unchanged
 * in the jsoup 1.24.1 we use (checked against its byte code), and the ingest tests run it. One bug
 * of its own is worked around: when it retries a short page it puts the whole document, head
 * included, back into the body, so the {@code <title>} can land in the content; {@link BlockText}
 * never renders a title element. It also drops every {@code <form>}, which would empty pages wrapped
 * in one; {@link PageChrome#removeNonContent} unwraps those first.
 */
final class MainContent {
    /**
     * Readability's own default patterns, spelled out: Kotlin default arguments give Java no no-arg
     * constructor. Immutable, so shared.
     */
    private static final RegExUtil PATTERNS = new RegExUtil(RegExUtil.UnlikelyCandidatesDefaultPattern,
            RegExUtil.OkMaybeItsACandidateDefaultPattern, RegExUtil.PositiveDefaultPattern,
            RegExUtil.NegativeDefaultPattern, RegExUtil.ExtraneousDefaultPattern, RegExUtil.BylineDefaultPattern,
            RegExUtil.ReplaceFontsDefaultPattern, RegExUtil.NormalizeDefaultPattern, RegExUtil.VideosDefaultPattern,
            RegExUtil.NextLinkDefaultPattern, RegExUtil.PrevLinkDefaultPattern, RegExUtil.WhitespaceDefaultPattern,
            RegExUtil.HasContentDefaultPattern);

    private MainContent() {}

    /**
     * The main content of {@code page} as paragraphs (see {@link BlockText#paragraphs}), or an empty
     * string when Readability finds none. Readability rewrites the page it reads: pass a copy.
     */
    static String of(Document page) {
        ReadabilityOptions options = new ReadabilityOptions();
        Readability4J readability = new Readability4J(page.location(), page, options, PATTERNS,
                new Preprocessor(PATTERNS), new MetadataParser(PATTERNS), new BylineKeepingGrabber(options, PATTERNS),
                new TextOnlyPostprocessor());
        Article article = readability.parse();
        Element content = article.getArticleContent();
        return content == null ? "" : BlockText.paragraphs(content);
    }

    /**
     * Readability makes links absolute against the page's address; links are not part of the text,
     * and a page read from a file has no address (Readability logs an error for each).
     */
    private static final class TextOnlyPostprocessor extends Postprocessor {
        @Override
        protected void fixRelativeUris(Document document, Element content, String uri) {}
    }

    /**
     * Readability lifts the byline ("By Petra Nyberg · 14 July 2026") out of the text into a separate
     * field; in Rhetorica it is part of what the text says and who says it, so it stays in place.
     */
    private static final class BylineKeepingGrabber extends ArticleGrabber {
        BylineKeepingGrabber(ReadabilityOptions options, RegExUtil regEx) {
            super(options, regEx);
        }

        @Override
        protected boolean checkByline(Element node, String matchString) {
            return false;
        }
    }
}
