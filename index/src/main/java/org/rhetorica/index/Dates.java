package org.rhetorica.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as the index keeps them: the ISO date's day, month or year, as precise as given. */
final class Dates {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(-\\d{2})?(-\\d{2})?");

    private Dates() {}

    /** {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy} from an ISO 8601 date or date-time; null if it is none. */
    static String day(String published) {
        if (published == null) {
            return null;
        }
        Matcher m = ISO.matcher(published.strip());
        if (!m.find()) {
            return null;
        }
        return m.group(1) + (m.group(2) != null ? m.group(2) + (m.group(3) != null ? m.group(3) : "") : "");
    }
}
