package org.rhetorica.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which CSV column holds which field: {@code text=Message,author=User Name,published=Post Created}
 * (the {@code --columns} option), or a preset by name ({@code crowdtangle}, {@code 4cat}). Fields:
 * {@value #FIELDS_TEXT}. Only {@code text} is required; posts group into threads when {@code thread}
 * or {@code parent} is mapped.
 *
 * <p>Without a mapping, a header is read as a known export (CrowdTangle, 4CAT) when it has that
 * export's columns, else the text is the first column named {@code text}, {@code body}, {@code
 * message}, {@code content} or {@code full_text}.
 *
 * @param columns field name to column name
 * @param preset whether the mapping is a preset, whose columns an export may lack
 */
record CsvColumns(Map<String, String> columns, boolean preset) {
    static final String FIELDS_TEXT = "text, title, author, authorName, published, source, url, id, parent, thread, score";
    static final Set<String> FIELDS = Set.of("text", "title", "author", "authorName", "published", "source", "url", "id",
            "parent", "thread", "score");

    /** CrowdTangle's Facebook and Instagram exports. */
    static final CsvColumns CROWDTANGLE = new CsvColumns(ordered("text", "Message", "author", "User Name",
            "authorName", "Page Name", "published", "Post Created", "source", "Page Name", "url", "URL", "score", "Likes"), true);
    /** 4CAT's exports (thread_id, id, body, author, subject, unix_timestamp: UTC, where timestamp has no zone...). */
    static final CsvColumns FOUR_CAT = new CsvColumns(ordered("text", "body", "id", "id", "thread", "thread_id",
            "author", "author", "title", "subject", "published", "unix_timestamp", "score", "score", "source", "subreddit"), true);
    private static final List<String> TEXT_COLUMNS = List.of("text", "body", "message", "content", "full_text");

    /**
     * Reads a mapping as the option gives it.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static CsvColumns parse(String spec) {
        String name = spec.strip().toLowerCase(Locale.ROOT);
        if (name.equals("crowdtangle")) {
            return CROWDTANGLE;
        }
        if (name.equals("4cat")) {
            return FOUR_CAT;
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            int equals = pair.indexOf('=');
            String field = equals < 0 ? "" : pair.substring(0, equals).strip();
            if (!FIELDS.contains(field) || pair.substring(equals + 1).isBlank()) {
                throw new IllegalArgumentException("'" + pair.strip() + "' is not FIELD=COLUMN with a field of " + FIELDS_TEXT
                        + " (or name a preset: crowdtangle, 4cat)");
            }
            columns.put(field, pair.substring(equals + 1).strip());
        }
        if (!columns.containsKey("text")) {
            throw new IllegalArgumentException("the column mapping names no text column (text=COLUMN)");
        }
        return new CsvColumns(columns, false);
    }

    /** The mapping for a file with {@code header}: the given one, a known export's, or the text column alone. */
    static CsvColumns forHeader(CsvColumns given, List<String> header) {
        if (given != null) {
            return given;
        }
        for (CsvColumns known : List.of(CROWDTANGLE, FOUR_CAT)) {
            if (known.matches(header)) {
                return known;
            }
        }
        for (String column : header) {
            if (TEXT_COLUMNS.contains(column.strip().toLowerCase(Locale.ROOT))) {
                return new CsvColumns(Map.of("text", column), false);
            }
        }
        return null;
    }

    /** Whether the first line of a file without a telling name is the header of a known export. */
    static boolean knownHeader(String start) {
        int newline = start.indexOf('\n');
        String first = (newline < 0 ? start : start.substring(0, newline)).replace("\"", "");
        List<String> header = List.of(first.strip().split("[,\\t]"));
        return CROWDTANGLE.matches(header) || FOUR_CAT.matches(header);
    }

    /** The column of {@code field}, or null. */
    String column(String field) {
        return columns.get(field);
    }

    /** The columns a file must have: all for a mapping a user gave, text and two more for a preset. */
    List<String> missing(List<String> header) {
        Set<String> present = Set.copyOf(header);
        if (!preset) {
            return columns.values().stream().filter(column -> !present.contains(column)).distinct().toList();
        }
        return present.contains(columns.get("text")) ? List.of() : List.of(columns.get("text"));
    }

    private boolean matches(List<String> header) {
        Set<String> present = Set.copyOf(header.stream().map(String::strip).toList());
        return present.contains(columns.get("text"))
                && columns.values().stream().filter(present::contains).distinct().count() >= 3;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
