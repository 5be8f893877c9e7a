package org.rhetorica.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {
    public record Labelled(int start, int end, String label, Span cue) implements Spanned {}

    private static final Layer<Labelled> LABELLED = Layer.written("labelled", Labelled.class);
    private static final Layer<Span> HIDDEN = Layer.working("hidden", Span.class);

    @Test
    void writesOffsetsInCodePointsWithTextAndRecordFields() throws Exception {
        // "😀 hi 😀 yo": the emoji are one code point but two UTF-16 units each.
        String text = "\uD83D\uDE00 hi \uD83D\uDE00 yo";
        Document doc = Document.of(text, Metadata.of("emoji", new Origin("e.txt", 0, 9, null)))
                .with(LABELLED, List.of(new Labelled(9, 11, "greeting", new Span(3, 5))))
                .with(HIDDEN, List.of(new Span(0, 2)));
        JsonNode json = DocumentJson.mapper().readTree(DocumentJson.toLine(doc));
        assertEquals("rhetorica-document/1", json.get("format").asText());
        JsonNode span = json.get("labelled").get(0);
        assertEquals(7, span.get("start").asInt());
        assertEquals(9, span.get("end").asInt());
        assertEquals("yo", span.get("text").asText());
        assertEquals("greeting", span.get("label").asText());
        assertEquals(2, span.get("cue").get("start").asInt());
        assertEquals("hi", span.get("cue").get("text").asText());
        assertEquals(false, json.has("hidden"));
        // Python slices code points: text[start:end] must give the span text.
        String written = json.get("text").asText();
        int from = written.offsetByCodePoints(0, 7);
        assertEquals("yo", written.substring(from, written.offsetByCodePoints(from, 2)));
    }
}
