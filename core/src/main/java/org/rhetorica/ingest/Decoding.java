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

/**
 * Chooses the character encoding of an input's bytes and decodes them. The first that applies wins:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16 LE or BE), which is not part of the text;
 *   <li>a charset declared by the container, such as the Content-Type header of an HTTP response;
 *   <li>for markup, a charset declared in its first 1024 bytes ({@code <meta charset>}, {@code <meta
 *       http-equiv="Content-Type">}, the XML declaration), as browsers do;
 *   <li>UTF-8, when the bytes are valid UTF-8;
 *   <li>windows-1252, the encoding of most legacy Western text, with a warning that it was guessed.
 * </ol>
 * No detector library: the well-kept one (ICU4J) is 13 MB for a guess that is unreliable on short
 * texts, while undeclared non-UTF-8 input in practice is nearly always windows-1252.
 *
 * <p>Bytes that are not valid in the chosen encoding become U+FFFD and are recorded, so that the
 * documents made from them can carry a warning.
 */
final class Decoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How far into markup a charset declaration counts (the HTML standard's prescan length). */
    private static final int PRESCAN_BYTES = 1024;
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
     */
    static DecodedText decode(byte[] bytes, String containerCharset, boolean markup) {
        List<String> notes = new ArrayList<>();
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return decode(bytes, bom.length, bom.charset, notes);
        }
        Charset declared = containerCharset == null ? null : charsetFor(containerCharset, notes);
        if (declared == null && markup) {
            declared = declaredInMarkup(bytes, notes);
        }
        if (declared != null) {
            return decode(bytes, 0, declared, notes);
        }
        DecodedText utf8 = decode(bytes, 0, StandardCharsets.UTF_8, notes);
        if (utf8.invalid().isEmpty()) {
            return utf8;
        }
        notes.add(String.format(Locale.ROOT,
                "the bytes declare no charset and are not valid UTF-8 (the first invalid byte is at offset %d); read as windows-1252",
                utf8.invalid().get(0).byteOffset()));
        return decode(bytes, 0, WINDOWS_1252, notes);
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
