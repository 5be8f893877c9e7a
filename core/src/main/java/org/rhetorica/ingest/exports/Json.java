package org.rhetorica.ingest.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.rhetorica.ingest.BlockText;

/** Reading fields of platform records: blank and null read as absent, numbers and dates made uniform. */
public final class Json {
    private static final DateTimeFormatter V1_DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

    private Json() {}

    /** The text at {@code path} (dotted field names), or null when absent, null, blank or not a value. */
    public static String text(JsonNode node, String path) {
        JsonNode value = at(node, path);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** The integer at {@code path}, given as a number or a string of digits, or null. */
    public static Integer integer(JsonNode node, String path) {
        JsonNode value = at(node, path);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isTextual() && value.asText().strip().matches("-?\\d{1,9}")) {
            return Integer.valueOf(value.asText().strip());
        }
        return null;
    }

    /** The node at a dotted path, or null. */
    public static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String name : path.split("\\.")) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(name);
        }
        return current == null || current.isMissingNode() ? null : current;
    }

    /** Seconds since 1970 (a number or a string, fractions allowed) as ISO 8601 UTC, or null. */
    public static String epochSeconds(JsonNode node, String path) {
        JsonNode value = at(node, path);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            double seconds = value.isNumber() ? value.doubleValue() : Double.parseDouble(value.asText().strip());
            return Instant.ofEpochSecond((long) Math.floor(seconds)).toString();
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * A date-time as ISO 8601 UTC: ISO text with an offset or "Z" is converted to UTC, ISO text
     * without one is kept as it is (the platform did not say which zone), X API v1.1's
     * "Wed Oct 10 20:19:24 +0000 2018" is read; anything else is null.
     */
    public static String dateTime(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
        } catch (DateTimeParseException e) {
            // not ISO with an offset; try the other forms
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?")) {
            return value;
        }
        try {
            return OffsetDateTime.parse(value, V1_DATE).toInstant().toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** HTML (a Mastodon status, a YouTube comment's display text) as plain text, one paragraph per block. */
    public static String htmlText(String html) {
        if (html == null) {
            return null;
        }
        String text = BlockText.paragraphs(Jsoup.parseBodyFragment(html).body());
        return text.isEmpty() ? null : text;
    }

    /** The host of an address ("https://lemmy.example/u/tide" gives "lemmy.example"), or null. */
    public static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
