package org.rhetorica.ingest;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bytes decoded into text, with what went wrong on the way.
 *
 * @param text the decoded text, without a byte-order mark
 * @param charset the encoding the bytes were read in
 * @param notes problems that concern the whole text, such as a charset that had to be guessed
 * @param invalid every place where bytes were not valid in {@code charset}, in text order; each was
 *     replaced with U+FFFD
 */
record DecodedText(String text, Charset charset, List<String> notes, List<InvalidBytes> invalid) {

    /**
     * Bytes that could not be decoded.
     *
     * @param byteOffset where they start in the input bytes
     * @param index the UTF-16 index of the U+FFFD that replaced them in the text
     */
    record InvalidBytes(long byteOffset, int index) {}

    DecodedText {
        notes = List.copyOf(notes);
        invalid = List.copyOf(invalid);
    }

    /** The warnings for the whole text. */
    List<String> warnings() {
        return warnings(0, text.length());
    }

    /**
     * The warnings for the part {@code [start, end)} of the text (UTF-16 indices): every note, and one
     * line for the invalid bytes that were decoded inside the part.
     */
    List<String> warnings(int start, int end) {
        List<String> warnings = new ArrayList<>(notes);
        List<InvalidBytes> inside = invalid.stream().filter(bytes -> bytes.index() >= start && bytes.index() < end).toList();
        if (inside.size() == 1) {
            warnings.add(String.format(Locale.ROOT, "bytes at offset %d are not valid %s; replaced with U+FFFD",
                    inside.get(0).byteOffset(), charset.name()));
        } else if (inside.size() > 1) {
            warnings.add(String.format(Locale.ROOT,
                    "bytes at %d places, the first at offset %d, are not valid %s; replaced with U+FFFD",
                    inside.size(), inside.get(0).byteOffset(), charset.name()));
        }
        return warnings;
    }
}
