package org.rhetorica.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        assertEquals("rhetorica-document/2", json.get("format").asText());
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

    private static final LayerRegistry REGISTRY = LayerRegistry.of(List.of(LABELLED));

    @Test
    void readsBackSpansInUtf16WithTheirRecordFieldsAndSkipsLayersItDoesNotKnow() {
        String text = "\uD83D\uDE00 hi \uD83D\uDE00 yo";
        String json = "{\"format\":\"rhetorica-document/2\",\"id\":\"emoji\",\"origin\":{\"file\":\"e.txt\",\"start\":0,"
                + "\"end\":9,\"record\":null},\"title\":null,\"warnings\":[],\"pipeline\":{\"version\":\"9.9\",\"encoder\":null,"
                + "\"models\":{\"m\":\"ab\"},\"annotators\":[\"x\"],\"later\":true},\"text\":\"" + text + "\","
                + "\"labelled\":[{\"start\":7,\"end\":9,\"text\":\"yo\",\"label\":\"greeting\","
                + "\"cue\":{\"start\":2,\"end\":4,\"text\":\"hi\"}}],\"stances\":[{\"start\":0,\"end\":1}]}";
        Document doc = DocumentJson.read(json, REGISTRY);
        assertEquals(List.of(new Labelled(9, 11, "greeting", new Span(3, 5))), doc.layer(LABELLED));
        assertEquals(List.of(LABELLED), doc.layers());
        assertEquals(new PipelineSpec("9.9", null, java.util.Map.of("m", "ab"), List.of("x")), doc.metadata().pipeline());
    }

    @Test
    void readsTheFirstFormatWithoutAPipeline() {
        Document doc = DocumentJson.read("{\"format\":\"rhetorica-document/1\",\"id\":\"old\",\"text\":\"Hello.\"}", REGISTRY);
        assertEquals("Hello.", doc.text());
        assertEquals(null, doc.metadata().pipeline());
    }

    @Test
    void refusesWhatIsNotADocumentAndSpansThatDoNotMatchTheText() {
        assertEquals("not JSON: Unexpected end-of-input: expected close marker for Object (start marker at [Source: "
                + "REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])",
                assertThrows(IllegalArgumentException.class, () -> DocumentJson.read("{", REGISTRY)).getMessage());
        assertEquals("not a Rhetorica document of a known format: format is null; this version reads rhetorica-document/1, "
                + "rhetorica-document/2",
                assertThrows(IllegalArgumentException.class, () -> DocumentJson.read("{\"id\":\"x\"}", REGISTRY)).getMessage());
        String shifted = "{\"format\":\"rhetorica-document/2\",\"id\":\"d\",\"text\":\"ab cd\","
                + "\"labelled\":[{\"start\":1,\"end\":3,\"text\":\"ab\",\"label\":\"x\",\"cue\":null}]}";
        assertEquals("labelled: the span's text does not match the document's text at [1, 3)",
                assertThrows(IllegalArgumentException.class, () -> DocumentJson.read(shifted, REGISTRY)).getMessage());
        String outside = shifted.replace("\"start\":1,\"end\":3,\"text\":\"ab\"", "\"start\":1,\"end\":30");
        assertEquals("labelled: code point offset 30 outside text of 5 code points",
                assertThrows(IllegalArgumentException.class, () -> DocumentJson.read(outside, REGISTRY)).getMessage());
    }
}
