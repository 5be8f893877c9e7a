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
}
