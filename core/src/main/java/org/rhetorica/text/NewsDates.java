package org.rhetorica.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news headers write them in English: "March 3", "Tuesday", "3 March 2026", "Mar. 3, 2026",
 * "2026-03-03". Only a date with day, month and year becomes an ISO date.
 */
final class NewsDates {
    private NewsDates() {}

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";

    /** A date with or without its year, or a weekday; case-insensitive, for use inside other patterns. */
    static final String DATE = "(?i:(?:" + WEEKDAY + ",?\\s+)?(?:" + MONTH + "\\s+" + DAY + "(?:,?\\s+\\d{4})?"
            + "|" + DAY + "\\s+" + MONTH + "(?:,?\\s+\\d{4})?)|\\d{4}-\\d{2}-\\d{2}|" + WEEKDAY + ")(?![\\p{L}\\d])";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)(?:" + WEEKDAY + ",?\\s+)?(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)(?:" + WEEKDAY + ",?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + "),?\\s+(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** The ISO 8601 date ("2026-03-03") if {@code date} gives day, month and year of a real day. */
    static Optional<String> iso(String date) {
        String text = date.strip();
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.matches()) {
            return of(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.matches()) {
            return of(m.group(3), month(m.group(2)), m.group(1));
        }
        m = ISO.matcher(text);
        if (m.matches()) {
            return of(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        return Optional.empty();
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
    }

    private static Optional<String> of(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
