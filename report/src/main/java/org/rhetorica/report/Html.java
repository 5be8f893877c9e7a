package org.rhetorica.report;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * HTML escaping. Document text and metadata are untrusted: every piece of them goes through here,
 * whether it lands in an element, in an attribute or in a script block. Bidirectional embedding,
 * override and isolate controls (U+202A to U+202E, U+2066 to U+2069) are shown as their short names
 * ({@code ⟨RLO⟩}) instead of being obeyed: obeyed, one of them reverses the text around it and
 * makes the page show other words than the document has.
 */
public final class Html {
    private static final ObjectMapper SCRIPT_JSON =
            JsonMapper.builder(new JsonFactoryBuilder().characterEscapes(new ScriptSafeEscapes()).build()).build();

    private Html() {}

    /** {@code text} escaped for element content and quoted attribute values; null gives "". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(out, text, 0, text.length());
        return out.toString();
    }

    /** Appends {@code text[from, to)} escaped for element content and quoted attribute values. */
    public static StringBuilder escape(StringBuilder out, CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\u202A' -> out.append("\u27E8LRE\u27E9");
                case '\u202B' -> out.append("\u27E8RLE\u27E9");
                case '\u202C' -> out.append("\u27E8PDF\u27E9");
                case '\u202D' -> out.append("\u27E8LRO\u27E9");
                case '\u202E' -> out.append("\u27E8RLO\u27E9");
                case '\u2066' -> out.append("\u27E8LRI\u27E9");
                case '\u2067' -> out.append("\u27E8RLI\u27E9");
                case '\u2068' -> out.append("\u27E8FSI\u27E9");
                case '\u2069' -> out.append("\u27E8PDI\u27E9");
                default -> out.append(c);
            }
        }
        return out;
    }

    /**
     * The page's Content-Security-Policy as a {@code <meta>} element: nothing may load from anywhere,
     * and the only script that runs is {@code script}, named by its hash, so that no markup that
     * slipped into a document could run even if escaping failed. Inline styles are allowed: the page
     * carries its own, and bar widths are style attributes.
     */
    public static String contentSecurityPolicy(String script) {
        return "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                + "style-src 'unsafe-inline'; script-src '" + sha256(script) + "'; base-uri 'none'; form-action 'none'\">";
    }

    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * {@code value} as JSON that can sit inside a {@code <script type="application/json">} element:
     * {@code <}, {@code >} and {@code &} become {@code \}{@code u} escapes, so that no {@code </script>}
     * or {@code <!--} in a string can end or confuse the element.
     */
    public static String scriptJson(Object value) {
        try {
            return SCRIPT_JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** Jackson's standard escapes plus the characters that matter inside a script element. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Line and paragraph separators end a line in older JavaScript parsers.
            if (ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
            }
            return null;
        }
    }
}
