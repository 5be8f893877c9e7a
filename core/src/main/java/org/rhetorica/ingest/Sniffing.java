package org.rhetorica.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tells an input's format from its first bytes, and tells bytes that are not text at all. */
final class Sniffing {
    /** How much of an input is looked at. */
    static final int HEAD_BYTES = 8192;

    private static final Pattern HTML_START = Pattern.compile(
            "\\A(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s+html|html|head|body|meta|title|article|main|div|p|h1)\\b",
            Pattern.DOTALL);

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern FEED_START = Pattern.compile(
            "\\A(?:\\s|<!--.*?-->|<\\?xml[^>]*>|<\\?xml-stylesheet[^>]*>)*<(?:rss|feed|rdf:rdf)\\b", Pattern.DOTALL);

    private record Signature(String name, int... bytes) {
        boolean matches(byte[] head) {
            if (head.length < bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if ((head[i] & 0xFF) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Signature> BINARY = List.of(
            new Signature("PNG image", 0x89, 'P', 'N', 'G'),
            new Signature("JPEG image", 0xFF, 0xD8, 0xFF),
            new Signature("GIF image", 'G', 'I', 'F', '8'),
            new Signature("PDF document", '%', 'P', 'D', 'F', '-'),
            new Signature("zip archive", 'P', 'K', 0x03, 0x04),
            new Signature("zip archive", 'P', 'K', 0x05, 0x06),
            new Signature("7-Zip archive", '7', 'z', 0xBC, 0xAF),
            new Signature("RAR archive", 'R', 'a', 'r', '!'),
            new Signature("executable", 0x7F, 'E', 'L', 'F'));

    private Sniffing() {}

    /** The format of an input whose name says nothing, from its first {@link #HEAD_BYTES} bytes. */
    static InputFormat format(byte[] head) {
        if (startsWithAscii(head, "WARC/")) {
            return InputFormat.WARC;
        }
        Charset wide = Decoding.bomCharset(head);
        if (wide == null) {
            wide = Decoding.utf16WithoutBom(head);
        }
        // Looking for ASCII markup only: ISO-8859-1 decodes any byte, so nothing can fail here.
        String start = new String(head, wide == null ? StandardCharsets.ISO_8859_1 : wide).replace("\uFEFF", "");
        String lower = start.toLowerCase(Locale.ROOT);
        if (FEED_START.matcher(lower).find()) {
            return InputFormat.FEED;
        }
        if (HTML_START.matcher(lower).find()) {
            return InputFormat.HTML;
        }
        if (looksLikeJsonLines(start)) {
            return InputFormat.JSON_LINES;
        }
        String trimmed = start.stripLeading();
        if ((trimmed.startsWith("{") || trimmed.startsWith("[")) && parsesAsJson(head)) {
            return InputFormat.JSON;
        }
        return CsvColumns.knownHeader(start) ? InputFormat.CSV : InputFormat.TEXT;
    }

    /**
     * Why {@code bytes} are not text, for the user ("binary file (PNG image), not text"), or null when
     * they may be text: known binary signatures. Control characters are judged once decoded ({@link
     * Decoding}).
     */
    static String binaryReason(byte[] bytes) {
        for (Signature signature : BINARY) {
            if (signature.matches(bytes)) {
                return "binary file (" + signature.name() + "), not text";
            }
        }
        return null;
    }

    /**
     * A first line that is a JSON object: JSON Lines. Without a line end in the head (a single line,
     * or a first line longer than the head) it is read as a JSON document, whose stream of values
     * handles both.
     */
    private static boolean looksLikeJsonLines(String start) {
        String trimmed = start.stripLeading();
        int newline = trimmed.indexOf('\n');
        return trimmed.startsWith("{") && newline >= 0 && trimmed.substring(0, newline).strip().endsWith("}");
    }

    /** Whether the head is JSON as far as it goes: it may end anywhere, but nothing in it may be wrong. */
    private static boolean parsesAsJson(byte[] head) {
        try (JsonParser parser = JSON.createParser(head)) {
            while (parser.nextToken() != null) {
                // every token read is a token more that fits
            }
            return true;
        } catch (JsonEOFException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWithAscii(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
