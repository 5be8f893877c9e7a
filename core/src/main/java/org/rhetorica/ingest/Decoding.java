package org.rhetorica.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Chooses the character encoding of an input's bytes and decodes them. The first that applies wins:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16 LE or BE), which is not part of the text;
 *   <li>a charset declared by the container, such as the Content-Type header of an HTTP response;
 *   <li>for markup, a charset declared in its first 1024 bytes ({@code <meta charset>}, {@code <meta
 *       http-equiv="Content-Type">}, the XML declaration), as browsers do;
 *   <li>UTF-16 without a byte-order mark, told by its zero bytes: in text of Latin letters every other
 *       byte is zero;
 *   <li>UTF-8, when the bytes are valid UTF-8, or when valid multi-byte sequences outnumber the
 *       invalid places (text written in UTF-8 with a stray byte or two: the bad bytes are replaced and
 *       the encoding kept, where reading it all in a legacy encoding would garble every accent);
 *   <li>the legacy encoding juniversalchardet (Mozilla's detector) recognises, with a warning that it
 *       was guessed; windows-1252, the encoding of most legacy Western text, when it recognises none.
 * </ol>
 *
 * <p>Bytes that are not valid in the chosen encoding become U+FFFD and are recorded, so that the
 * documents made from them can carry a warning. One rule for NUL and other control characters,
 * wherever they stand: text in which more than {@value #MAX_CONTROL_PER_MILLE} in 1,000 characters
 * are control characters is binary and refused ({@link InputException}); below that, NUL characters
 * are replaced with U+FFFD and counted in the warnings.
 */
final class Decoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Control characters (NUL, and C0 controls other than tab, line feed, form feed, carriage return and escape) allowed per 1,000. */
    static final int MAX_CONTROL_PER_MILLE = 10;
    /** How far into markup a charset declaration counts (the HTML standard's prescan length). */
    private static final int PRESCAN_BYTES = 1024;
    /** How much a detector reads to guess an encoding: enough to be sure, little enough to be quick. */
    private static final int DETECTOR_BYTES = 64 * 1024;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\s[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING =
            Pattern.compile("\\A\\s*<\\?xml\\s[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    /** Labels browsers read as windows-1252, which agrees with them on every byte they define. */
    private static final Set<String> WINDOWS_1252_LABELS = Set.of(
            "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
            "us-ascii", "ascii");

    private Decoding() {}

    /**
     * Decodes {@code bytes}.
     *
     * @param containerCharset the charset the container declares, or null
     * @param markup whether to look for a charset declared in HTML or XML markup
     * @throws InputException when the bytes are binary, not text
     */
    static DecodedText decode(byte[] bytes, String containerCharset, boolean markup) throws InputException {
        List<String> notes = new ArrayList<>();
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return checked(decode(bytes, bom.length, bom.charset, notes));
        }
        Charset declared = containerCharset == null ? null : charsetFor(containerCharset, notes);
        if (declared == null && markup) {
            declared = declaredInMarkup(bytes, notes);
        }
        if (declared == null) {
            declared = utf16WithoutBom(bytes);
        }
        if (declared != null) {
            return checked(decode(bytes, 0, declared, notes));
        }
        DecodedText utf8 = decode(bytes, 0, StandardCharsets.UTF_8, notes);
        if (utf8.invalid().isEmpty() || validMultiByteSequences(bytes) > utf8.invalid().size()) {
            return checked(utf8);
        }
        Charset guessed = guessed(bytes);
        notes.add(String.format(Locale.ROOT,
                "the bytes declare no charset and are not valid UTF-8 (the first invalid byte is at offset %d); read as %s",
                utf8.invalid().get(0).byteOffset(),
                guessed == null || guessed.equals(WINDOWS_1252) ? WINDOWS_1252.name() : guessed.name() + ", the encoding they resemble"));
        return checked(decode(bytes, 0, guessed == null ? WINDOWS_1252 : guessed, notes));
    }

    /**
     * UTF-16 without a byte-order mark, or null: in its first bytes (16 at least), zeros fill at least a third of
     * the even (big-endian) or odd (little-endian) positions and almost none of the others. Text in
     * any 8-bit encoding or UTF-8 has no such zeros.
     */
    static Charset utf16WithoutBom(byte[] bytes) {
        int length = Math.min(bytes.length, Sniffing.HEAD_BYTES) & ~1;
        if (length < 16) {
            return null; // too few to tell a pattern from a stray zero
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < length; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = length / 2;
        if (evenZeros * 3 >= pairs && oddZeros * 50 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZeros * 3 >= pairs && evenZeros * 50 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Well-formed UTF-8 sequences of two to four bytes: evidence that the text was written in UTF-8. */
    private static int validMultiByteSequences(byte[] bytes) {
        int count = 0;
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 1;
            boolean whole = length > 1 && i + length <= bytes.length;
            for (int k = 1; whole && k < length; k++) {
                whole = (bytes[i + k] & 0xC0) == 0x80;
            }
            count += whole ? 1 : 0;
            i += whole ? length : 1;
        }
        return count;
    }

    /** The legacy encoding Mozilla's detector recognises in the bytes, or null. */
    private static Charset guessed(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECTOR_BYTES));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || name.toUpperCase(Locale.ROOT).startsWith("UTF")) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name);
            return WINDOWS_1252_LABELS.contains(charset.name().toLowerCase(Locale.ROOT)) ? WINDOWS_1252 : charset;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The text with its NUL characters replaced, or a refusal where control characters show it is binary. */
    private static DecodedText checked(DecodedText decoded) throws InputException {
        String text = decoded.text();
        long nul = 0;
        long control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1B) {
                control++;
                nul += c == 0 ? 1 : 0;
            }
        }
        if (control * 1000 > (long) MAX_CONTROL_PER_MILLE * text.length()) {
            throw new InputException(nul > 0 ? "binary file (contains NUL bytes), not text"
                    : "binary file (control characters), not text");
        }
        if (nul == 0) {
            return decoded;
        }
        List<String> notes = new ArrayList<>(decoded.notes());
        notes.add(String.format(Locale.ROOT, "%d NUL character%s replaced with U+FFFD", nul, nul == 1 ? "" : "s"));
        return new DecodedText(text.replace('\u0000', '\uFFFD'), decoded.charset(), notes, decoded.invalid());
    }

    /** The charset a byte-order mark at the start of {@code bytes} names, or null. */
    static Charset bomCharset(byte[] bytes) {
        Bom bom = Bom.of(bytes);
        return bom == null ? null : bom.charset;
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] bytes) {
            if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (startsWith(bytes, 0xFE, 0xFF)) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (startsWith(bytes, 0xFF, 0xFE)) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }

        private static boolean startsWith(byte[] bytes, int... prefix) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((bytes[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Charset declaredInMarkup(byte[] bytes, List<String> notes) {
        // Declarations are ASCII; ISO-8859-1 maps every byte to one char, so nothing can fail here.
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        Matcher meta = META_CHARSET.matcher(head);
        String label = xml.find() ? xml.group(1) : meta.find() ? meta.group(1) : null;
        if (label == null) {
            return null;
        }
        Charset charset = charsetFor(label, notes);
        // A declaration readable as ASCII cannot be in UTF-16 or UTF-32; browsers read such pages as UTF-8.
        if (charset != null && (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32"))) {
            return StandardCharsets.UTF_8;
        }
        return charset;
    }

    private static Charset charsetFor(String label, List<String> notes) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        if (WINDOWS_1252_LABELS.contains(key)) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(key);
        } catch (IllegalArgumentException e) {
            notes.add("declared charset \"" + label + "\" is not known; ignored");
            return null;
        }
    }

    private static DecodedText decode(byte[] bytes, int offset, Charset charset, List<String> notes) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
        List<DecodedText.InvalidBytes> invalid = new ArrayList<>();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                out = grow(out);
                continue;
            }
            invalid.add(new DecodedText.InvalidBytes(in.position(), out.position()));
            if (!out.hasRemaining()) {
                out = grow(out);
            }
            out.put('\uFFFD');
            in.position(in.position() + result.length());
        }
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        out.flip();
        return new DecodedText(out.toString(), charset, notes, invalid);
    }

    private static CharBuffer grow(CharBuffer buffer) {
        CharBuffer larger = CharBuffer.allocate(buffer.capacity() * 2 + 16);
        buffer.flip();
        larger.put(buffer);
        return larger;
    }
}
