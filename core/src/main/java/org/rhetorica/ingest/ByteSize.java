package org.rhetorica.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as people write them: {@code 64MB}, {@code 1.5 GiB}, {@code 500k}, {@code 2147483647}. Units
 * count in 1024s whether written {@code MB} or {@code MiB}, as Java's {@code -Xmx} does, so that
 * {@code 64MB} is the default limit of 64 MiB.
 */
public final class ByteSize {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:([kmgt])(?:i?b)?|b)?", Pattern.CASE_INSENSITIVE);

    private ByteSize() {}

    /**
     * The number of bytes {@code text} names.
     *
     * @throws IllegalArgumentException naming the text when it is not a size, or not a positive one
     */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size; write it like 64MB, 500KB or 1GB");
        }
        int power = m.group(2) == null ? 0 : "kmgt".indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        double bytes = Double.parseDouble(m.group(1)) * Math.pow(1024, power);
        if (bytes < 1 || bytes >= Long.MAX_VALUE) {
            throw new IllegalArgumentException("'" + text + "' is not a size between 1 byte and 8 EiB");
        }
        return (long) bytes;
    }

    /** {@code bytes} for people: "64 MiB", "1.5 KiB", "100 bytes". */
    public static String format(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit + 1 < units.length) {
            value /= 1024;
            unit++;
        }
        return (value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value))
                + " " + units[unit];
    }
}
