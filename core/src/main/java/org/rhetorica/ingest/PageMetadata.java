package org.rhetorica.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.rhetorica.doc.Metadata;

/**
 * What a page's markup says about it. Any field may be null.
 *
 * @param published ISO 8601 date or date-time
 * @param source the site or outlet
 * @param url the page's canonical address
 */
record PageMetadata(String title, String author, String published, String source, String url) {
    static final PageMetadata NONE = new PageMetadata(null, null, null, null, null);

    private static final Pattern ISO_DATE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern ARTICLE_TYPE = Pattern.compile(".*(?:Article|BlogPosting)");
    private static final int MAX_AUTHOR_LENGTH = 100;

    /**
     * Reads a whole page's markup. Each field takes the first of: Open Graph and article meta tags,
     * JSON-LD of an Article type (NewsArticle, BlogPosting...), other common meta tags, then the markup
     * itself ({@code <title>} without the site name, {@code rel=author}, the first {@code <time
     * datetime>}).
     */
    static PageMetadata of(org.jsoup.nodes.Document page, ObjectMapper json) {
        JsonNode ld = jsonLdArticle(page, json);
        String source = first(meta(page, "property", "og:site_name"), text(ld.path("publisher").path("name")),
                meta(page, "name", "application-name"));
        return new PageMetadata(
                first(meta(page, "property", "og:title"), text(ld.path("headline")), meta(page, "name", "twitter:title"),
                        withoutSiteName(page.title(), source)),
                authorOf(page, ld),
                first(isoDate(meta(page, "property", "article:published_time")), isoDate(text(ld.path("datePublished"))),
                        isoDate(meta(page, "itemprop", "datePublished")), isoDate(meta(page, "name", "date")),
                        isoDate(meta(page, "name", "dcterms.created")), isoDate(firstTime(page))),
                source,
                first(absolute(page.select("link[rel=canonical]").attr("href")), absolute(meta(page, "property", "og:url"))));
    }

    /**
     * Reads one story of a page that holds several: its first heading, its own author and date
     * markup, and the page's site name.
     */
    static PageMetadata ofStory(Element story, PageMetadata page) {
        Element heading = story.selectFirst("h1, h2, h3");
        return new PageMetadata(
                heading == null ? null : blankToNull(heading.text()),
                shortText(story.selectFirst("[rel=author], [itemprop=author]")),
                isoDate(firstTime(story)),
                page.source(),
                null);
    }

    /** This metadata, with the fields it lacks taken from {@code fallback}. */
    PageMetadata orElse(PageMetadata fallback) {
        return new PageMetadata(first(title, fallback.title), first(author, fallback.author),
                first(published, fallback.published), first(source, fallback.source), first(url, fallback.url));
    }

    /** {@code metadata} with every known field of this set. */
    Metadata applyTo(Metadata metadata) {
        Metadata result = metadata;
        if (title != null) {
            result = result.withTitle(title);
        }
        if (author != null) {
            result = result.withAuthor(author);
        }
        if (published != null) {
            result = result.withPublished(published, Metadata.FROM_MARKUP);
        }
        if (source != null) {
            result = result.withSource(source);
        }
        if (url != null) {
            result = result.withUrl(url);
        }
        return result;
    }

    private static String authorOf(org.jsoup.nodes.Document page, JsonNode ld) {
        String articleAuthor = meta(page, "property", "article:author");
        return first(meta(page, "name", "author"), names(ld.path("author")),
                articleAuthor != null && articleAuthor.startsWith("http") ? null : articleAuthor,
                shortText(page.selectFirst("[rel=author], [itemprop=author]")));
    }

    /** The first JSON-LD object of an Article type on the page, or a missing node. */
    private static JsonNode jsonLdArticle(org.jsoup.nodes.Document page, ObjectMapper json) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(json.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common and the rest of the markup still says enough; skip it.
            }
        }
        return json.missingNode();
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.path("@type");
        List<JsonNode> types = type.isArray() ? toList(type) : List.of(type);
        if (types.stream().anyMatch(t -> ARTICLE_TYPE.matcher(t.asText()).matches())) {
            return node;
        }
        return findArticle(node.path("@graph"));
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** A JSON-LD author: a name, a Person with a name, or a list of them joined with commas. */
    private static String names(JsonNode author) {
        if (author.isTextual()) {
            return blankToNull(author.asText().strip());
        }
        if (author.isObject()) {
            return text(author.path("name"));
        }
        if (author.isArray()) {
            List<String> names = toList(author).stream().map(PageMetadata::names).filter(name -> name != null).toList();
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static String meta(org.jsoup.nodes.Document page, String attribute, String name) {
        for (Element meta : page.select("meta[" + attribute + "]")) {
            if (meta.attr(attribute).equalsIgnoreCase(name)) {
                String content = blankToNull(meta.attr("content").strip());
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String firstTime(Element root) {
        Element time = root.selectFirst("article time[datetime], main time[datetime]");
        if (time == null) {
            time = root.selectFirst("time[datetime]");
        }
        return time == null ? null : time.attr("datetime");
    }

    private static String isoDate(String value) {
        if (value == null || !ISO_DATE.matcher(value.strip()).matches()) {
            return null;
        }
        return value.strip().replace(' ', 'T');
    }

    private static String withoutSiteName(String title, String site) {
        String stripped = blankToNull(title.strip());
        if (stripped == null || site == null) {
            return stripped;
        }
        for (String separator : List.of(" | ", " - ", " – ", " — ", " · ")) {
            if (stripped.endsWith(separator + site)) {
                return stripped.substring(0, stripped.length() - separator.length() - site.length()).strip();
            }
        }
        return stripped;
    }

    private static String absolute(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : null;
    }

    private static String shortText(Element element) {
        if (element == null) {
            return null;
        }
        String text = blankToNull(element.text().strip());
        return text != null && text.length() <= MAX_AUTHOR_LENGTH ? text : null;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? blankToNull(node.asText().strip()) : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
