package org.rhetorica.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts the text of an HTML page, with the metadata its markup gives:
 * <ul>
 *   <li>an article page yields its main content (see {@link MainContent}), one paragraph per block,
 *       with its headline first;
 *   <li>a discussion thread (see {@link ThreadPages}) whose posts Readability would drop (it keeps
 *       one post, under {@value #MAX_THREAD_MAIN_CHARS} characters) yields every post, one block per
 *       line;
 *   <li>a page of several stories (two or more {@code <article>} elements, not nested, each with a
 *       heading and at least two paragraphs of together {@value #MIN_STORY_CHARS} characters, none
 *       holding more than two thirds of their text; an article
 *       beside teaser cards is one story) yields one text per story.
 * </ul>
 * Instances are thread-safe.
 */
final class HtmlExtractor {
    /** Main content shorter than this share of the visible text of a page with posts misses the posts. */
    private static final double MAIN_SHARE_OF_THREAD = 0.6;
    /**
     * Main content this long is an article, whatever follows it: a blog post above its comments, a
     * news story beside "3 hours ago" teasers. What Readability keeps of a thread page is one post.
     */
    private static final int MAX_THREAD_MAIN_CHARS = 2000;
    private static final int MIN_STORY_PARAGRAPHS = 2;
    private static final int MIN_STORY_CHARS = 120;

    private final ObjectMapper json;

    HtmlExtractor(ObjectMapper json) {
        this.json = json;
    }

    /**
     * One text extracted from a page.
     *
     * @param start start of the markup it came from, a UTF-16 index into the HTML source
     * @param end end of that markup, exclusive
     * @param warnings what went wrong without stopping the extraction
     */
    record Extracted(String text, PageMetadata metadata, List<String> warnings, int start, int end) {}

    /** The texts of {@code html}, in page order; empty when the page has no text at all. */
    List<Extracted> extract(String html) {
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        String flattened = DepthLimit.flatten(page);
        PageMetadata metadata = PageMetadata.of(page, json);
        List<Element> stories = stories(page);
        boolean thread = ThreadPages.posts(page) >= ThreadPages.MIN_POSTS;
        List<Extracted> extracted = new ArrayList<>();
        if (stories.size() >= 2 && !thread && !oneDominates(stories)) {
            for (int i = 0; i < stories.size(); i++) {
                Element story = stories.get(i);
                int end = story.endSourceRange().isTracked() ? story.endSourceRange().endPos()
                        : i + 1 < stories.size() ? stories.get(i + 1).sourceRange().startPos() : html.length();
                List<String> warnings = warnings(flattened);
                String text = storyText(story, warnings);
                if (!text.isEmpty()) {
                    extracted.add(new Extracted(text, PageMetadata.ofStory(story, metadata), warnings,
                            story.sourceRange().startPos(), end));
                }
            }
        } else {
            List<String> warnings = warnings(flattened);
            String text = pageText(page, metadata, thread, warnings);
            if (!text.isEmpty()) {
                extracted.add(new Extracted(text, metadata, warnings, 0, html.length()));
            }
        }
        return extracted;
    }

    private static List<String> warnings(String first) {
        List<String> warnings = new ArrayList<>();
        if (first != null) {
            warnings.add(first);
        }
        return warnings;
    }

    private static String pageText(Document page, PageMetadata metadata, boolean thread, List<String> warnings) {
        String main = mainContent(page, warnings);
        if (main.isEmpty()) {
            return ThreadPages.text(page);
        }
        if (thread && main.length() < MAX_THREAD_MAIN_CHARS) {
            String visible = ThreadPages.text(page);
            if (main.length() < MAIN_SHARE_OF_THREAD * visible.length()) {
                return visible;
            }
        }
        Element headline = headline(page, metadata);
        return headline == null ? main : withHeadline(main, headline);
    }

    /**
     * The page's headline: the {@code <h1>} that reads like its title, or its only {@code <h1>} when
     * that is not part of the page's frame (where a site puts its name).
     */
    private static Element headline(Document page, PageMetadata metadata) {
        List<Element> headings = page.select("h1");
        for (Element heading : headings) {
            if (heading.text().strip().equals(metadata.title())) {
                return heading;
            }
        }
        if (headings.size() != 1) {
            return null;
        }
        Element only = headings.get(0);
        boolean inFrame = only.closest("article") == null && only.closest("header, nav, footer, aside, [role=banner]") != null;
        return inFrame ? null : only;
    }

    private static String storyText(Element story, List<String> warnings) {
        Document alone = Document.createShell("");
        alone.body().appendChild(story.clone());
        String main = mainContent(alone, warnings);
        if (main.isEmpty()) {
            return BlockText.paragraphs(story);
        }
        Element headline = story.selectFirst("h1, h2, h3");
        return headline == null ? main : withHeadline(main, headline);
    }

    /**
     * The main content of the page without what is never content, or an empty string where
     * Readability finds none or fails (noted in warnings).
     */
    private static String mainContent(Document page, List<String> warnings) {
        try {
            Document copy = page.clone();
            PageChrome.removeNonContent(copy.body());
            return MainContent.of(copy);
        } catch (RuntimeException e) {
            // A Readability bug on odd markup must not cost the document: the caller keeps all visible text.
            warnings.add("main-content extraction failed (" + e + "); kept all visible text");
            return "";
        }
    }

    /** Readability sometimes leaves the headline out when it sits outside the article's container. */
    private static String withHeadline(String main, Element headline) {
        String text = headline.text().strip();
        return text.isEmpty() || main.contains(text) ? main : text + "\n\n" + main;
    }

    /**
     * Whether one story holds more than two thirds of the stories' text: an article with teaser cards
     * of related stories beside it, not a page of several stories.
     */
    private static boolean oneDominates(List<Element> stories) {
        int total = 0;
        int largest = 0;
        for (Element story : stories) {
            int chars = story.select("p").eachText().stream().mapToInt(String::length).sum();
            total += chars;
            largest = Math.max(largest, chars);
        }
        return largest * 3 > total * 2;
    }

    private static List<Element> stories(Document page) {
        List<Element> stories = new ArrayList<>();
        for (Element article : page.select("article")) {
            boolean nested = article.parents().stream().anyMatch(parent -> parent.normalName().equals("article"));
            List<String> paragraphs = article.select("p").eachText().stream().filter(p -> !p.isBlank()).toList();
            int chars = paragraphs.stream().mapToInt(String::length).sum();
            if (!nested && article.selectFirst("h1, h2, h3") != null
                    && paragraphs.size() >= MIN_STORY_PARAGRAPHS && chars >= MIN_STORY_CHARS) {
                stories.add(article);
            }
        }
        return stories;
    }
}
