package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Origin;

/** Standard input has no name, so its format is always told by content. */
class StandardInputTest {
    private static Reading read(String input) {
        return Reading.ofStandardInput(input.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsHtml() {
        Document doc = read("<!-- saved page -->\n<!DOCTYPE html><html><body><nav>Menu</nav><p>The market is open.</p></body></html>").only();
        assertEquals("The market is open.", doc.text());
        assertEquals("stdin", doc.id());
    }

    @Test
    void findsJsonLines() {
        Reading reading = read("{\"id\": \"a\", \"text\": \"First.\"}\n{\"text\": \"Second.\"}\n");
        assertEquals(List.of("a", "stdin#2"), reading.ids());
        assertEquals(new Origin("-", 30, 49, "line 2"), reading.documents().get(1).metadata().origin());
    }

    @Test
    void readsAnythingElseAsPlainText() {
        Document doc = read("{braces} are fine in prose.\n<b> too.\n").only();
        assertEquals("{braces} are fine in prose.\n<b> too.", doc.text());
        assertEquals(new Origin("-", 0, 36, null), doc.metadata().origin());
    }

    @Test
    void refusesEmptyInput() {
        assertEquals(List.of(new InputFailure("-", "file is empty")), read("").failures());
    }
}
