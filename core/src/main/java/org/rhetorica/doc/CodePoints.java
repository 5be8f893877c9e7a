package org.rhetorica.doc;

import java.util.Arrays;

/**
 * Converts between Java's UTF-16 indices and Unicode code point offsets (as Python counts) for one
 * text. Every offset that leaves or enters the program goes through here.
 *
 * <p>Texts without characters outside the Basic Multilingual Plane, the common case, convert in
 * constant time; others by binary search over the positions of their surrogate pairs.
 */
public final class CodePoints {
    private final int length;
    /** UTF-16 indices of the high surrogate of every surrogate pair, ascending. */
    private final int[] pairs;

    public CodePoints(String text) {
        this.length = text.length();
        int[] found = new int[8];
        int count = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i++;
            }
        }
        this.pairs = Arrays.copyOf(found, count);
    }

    /** The code point offset of UTF-16 index {@code utf16}. */
    public int toCodePoint(int utf16) {
        if (utf16 < 0 || utf16 > length) {
            throw new IndexOutOfBoundsException("UTF-16 index " + utf16 + " outside text of length " + length);
        }
        if (pairs.length == 0) {
            return utf16;
        }
        // Every pair whose high surrogate lies before utf16 takes two indices but one code point.
        int before = Arrays.binarySearch(pairs, utf16);
        int count = before >= 0 ? before : -before - 1;
        return utf16 - count;
    }

    /** The UTF-16 index of code point offset {@code codePoint}. */
    public int toUtf16(int codePoint) {
        if (codePoint < 0 || codePoint > length - pairs.length) {
            throw new IndexOutOfBoundsException(
                    "code point offset " + codePoint + " outside text of " + (length - pairs.length) + " code points");
        }
        int utf16 = codePoint;
        for (int pair : pairs) {
            if (pair < utf16) {
                utf16++;
            } else {
                break;
            }
        }
        return utf16;
    }

    /** Length of the text in code points. */
    public int codePointLength() {
        return length - pairs.length;
    }
}
