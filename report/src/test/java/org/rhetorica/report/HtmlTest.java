package org.rhetorica.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupAndBothQuotes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jo&lt;/a&gt;",
                Html.escape("<a href=\"x\" title='y'>Tom & Jo</a>"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void escapesARangeIntoAnExistingBuilder() {
        assertEquals("[&lt;b&gt;]", Html.escape(new StringBuilder("["), "a<b>c", 1, 4).append(']').toString());
    }

    @Test
    void scriptJsonCannotCloseItsScriptElementOrOpenAComment() throws Exception {
        String hostile = "</script><script>alert(1)</script><!-- & \u2028";
        String json = Html.scriptJson(Map.of("speaker", hostile));
        assertEquals("{\"speaker\":\"\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E"
                + "\\u003C!-- \\u0026 \\u2028\"}", json);
        // Still the same value for the script that reads it.
        assertEquals(hostile, new ObjectMapper().readTree(json).get("speaker").asText());
    }

    @Test
    void bidirectionalControlsShowByNameAndReverseNothing() {
        assertEquals("invoice \u27E8RLO\u27E9fdp.exe\u27E8PDF\u27E9 attached, \u27E8RLI\u27E9x\u27E8PDI\u27E9",
                Html.escape("invoice \u202Efdp.exe\u202C attached, \u2067x\u2069"));
        assertEquals("שלום", Html.escape("שלום"), "right-to-left letters themselves are text");
    }

    @Test
    void thePolicyLetsOnlyTheNamedScriptRun() throws Exception {
        String policy = Html.contentSecurityPolicy("run();");
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest("run();".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                + "style-src 'unsafe-inline'; script-src 'sha256-" + java.util.Base64.getEncoder().encodeToString(digest)
                + "'; base-uri 'none'; form-action 'none'\">", policy);
    }
}
