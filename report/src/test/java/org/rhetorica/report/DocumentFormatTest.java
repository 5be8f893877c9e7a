package org.rhetorica.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.analysis.techniques.Technique;
import org.rhetorica.analysis.techniques.TechniqueSpan;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.Span;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.text.Post;
import org.rhetorica.text.Sentences;
import org.rhetorica.text.Turn;

/** The JSON format against its schema ({@code schema/}) and its documented example ({@code docs/}). */
class DocumentFormatTest {
    private static final Path SCHEMA = Path.of("schema", "document.schema.json");
    private static final Path EXAMPLE = Path.of("docs", "example.json");
    /** Set to true ({@code -Drhetorica.updateExample=true}) to rewrite docs/example.json from the code. */
    private static final String UPDATE_EXAMPLE = "rhetorica.updateExample";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static JsonNode schemaJson;
    private static JsonSchema schema;

    public record Stance(int start, int end, String stance) implements org.rhetorica.doc.Spanned {}

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaJson = MAPPER.readTree(Files.readString(SCHEMA, StandardCharsets.UTF_8));
        schema = FACTORY.getSchema(schemaJson);
    }

    private static JsonNode json(Document doc) throws IOException {
        return MAPPER.readTree(DocumentJson.toPrettyJson(doc));
    }

    /** A document with every field that may be null set to null, and every kind of quote. */
    private static Document withNulls() {
        String text = "We will see. \"Dreamers\" wrote it. fine!";
        Span see = Texts.find(text, "We will see.", 1);
        Span dreamers = Texts.find(text, "Dreamers", 1);
        Span fine = Texts.find(text, "fine!", 1);
        return Document.of(text, Metadata.of("nulls", new Origin("-", 0, text.length(), "line 3")))
                .with(Turn.LAYER, List.of(new Turn(see.start(), see.end(), null, null, null)))
                .with(Post.LAYER, List.of(new Post(fine.start(), fine.end(), null, null, 0, "anon", null, null, null, null)))
                .with(Quote.LAYER, List.of(
                        ExampleDocument.quote(see, Quote.Kind.TURN, null, null, null),
                        ExampleDocument.quote(dreamers, Quote.Kind.MENTION, null, null, null)))
                .with(TechniqueSpan.LAYER, List.of(ExampleDocument.technique(dreamers, Technique.NAME_CALLING_LABELING, 0.0, null)));
    }

    private static Document inAnotherLanguage() {
        String text = "La séance a duré deux heures.";
        return Document.of(text, Metadata.of("fr", new Origin("fr.txt", 0, text.length(), null)).withLanguage("fr"))
                .with(Paragraphs.LAYER, List.of(new Span(0, text.length())))
                .with(Sentences.LAYER, List.of()).with(Entity.LAYER, List.of()).with(Quote.LAYER, List.of())
                .with(TechniqueSpan.LAYER, List.of());
    }

    private static Document withALaterLayer() {
        return Texts.document("stances", "Taxes should fall.")
                .with(Layer.written("stances", Stance.class), List.of(new Stance(0, 17, "for")));
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
        assertEquals(Set.of(), metaSchema.validate(schemaJson));
    }

    @Test
    void documentsWithEveryLayerNullFieldsOtherLanguagesAndLaterLayersMatchTheSchema() throws IOException {
        for (Document doc : List.of(ExampleDocument.build(), withNulls(), inAnotherLanguage(), withALaterLayer())) {
            Document analysed = doc.with(doc.metadata().withPipeline(ExampleDocument.PIPELINE));
            assertEquals(Set.of(), schema.validate(json(analysed)), doc.id());
        }
    }

    @Test
    void theSchemaRejectsWhatBreaksTheFormat() throws IOException {
        List<Consumer<ObjectNode>> breaks = List.of(
                doc -> doc.put("format", "rhetorica-document/1"),
                doc -> doc.remove("pipeline"),
                doc -> ((ObjectNode) doc.get("pipeline").get("models")).put("techniques-spans", "not a digest"),
                doc -> ((ObjectNode) doc.get("pipeline").get("encoder")).remove("sha256"),
                doc -> doc.remove("text"),
                doc -> doc.putNull("id"),
                doc -> ((ObjectNode) doc.get("paragraphs").get(0)).remove("end"),
                doc -> ((ObjectNode) doc.get("sentences").get(0)).put("start", -1),
                doc -> ((ObjectNode) doc.get("techniques").get(0)).put("technique", "Made_Up_Technique"),
                doc -> ((ObjectNode) doc.get("techniques").get(0)).put("score", 1.5),
                doc -> ((ObjectNode) doc.get("techniques").get(0)).remove("speaker"),
                doc -> ((ObjectNode) doc.get("quotes").get(0)).put("kind", "shouted"),
                doc -> ((ObjectNode) doc.get("quotes").get(0).get("cue")).remove("text"),
                doc -> ((ObjectNode) doc.get("turns").get(0)).put("role", "host"),
                doc -> ((ObjectNode) doc.get("posts").get(0)).put("score", "12"),
                doc -> ((ObjectNode) doc.get("entities").get(0)).putNull("entity"),
                doc -> ((ObjectNode) doc.get("origin")).remove("file"));
        for (int i = 0; i < breaks.size(); i++) {
            ObjectNode broken = (ObjectNode) json(ExampleDocument.build());
            breaks.get(i).accept(broken);
            assertFalse(schema.validate(broken).isEmpty(), "break " + i + " was accepted");
        }
    }

    @Test
    void theSchemaListsExactlyTheFourteenTechniques() {
        List<String> listed = new ArrayList<>();
        schemaJson.at("/$defs/technique/properties/technique/enum").forEach(label -> listed.add(label.asText()));
        assertEquals(Arrays.stream(Technique.values()).map(Technique::label).toList(), listed);
    }

    @Test
    void theDocumentedExampleIsWhatTheCodeWrites() throws IOException {
        String written = DocumentJson.toPrettyJson(ExampleDocument.build()).replace("\r\n", "\n") + "\n";
        if (Boolean.getBoolean(UPDATE_EXAMPLE)) {
            Files.writeString(EXAMPLE, written, StandardCharsets.UTF_8);
        }
        assertEquals(written, Files.readString(EXAMPLE, StandardCharsets.UTF_8),
                EXAMPLE + " is out of date: run mvn test -pl report -am -Dtest=DocumentFormatTest"
                        + " -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_EXAMPLE + "=true and commit it");
    }

    @Test
    void everySpanOfTheExampleSlicesItsTextInCodePointsAsPythonDoes() throws IOException {
        JsonNode example = MAPPER.readTree(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
        int[] codePoints = example.get("text").asText().codePoints().toArray();
        int checked = 0;
        for (String layer : List.of("paragraphs", "sentences", "turns", "posts", "entities", "quotes", "techniques")) {
            ArrayNode spans = (ArrayNode) example.get(layer);
            assertFalse(spans.isEmpty(), layer);
            for (JsonNode span : spans) {
                checked += checkSlice(codePoints, span, layer);
            }
        }
        // 29 spans of 7 layers, and their cues, speaker mentions and labels.
        assertEquals(35, checked);
        // The slogan follows an emoji: one code point, two UTF-16 units.
        JsonNode slogan = example.get("techniques").get(3);
        assertEquals("Clean harbour, safe harbour!", slogan.get("text").asText());
        assertEquals(ExampleDocument.at("Clean harbour, safe harbour!").start() - 1, slogan.get("start").asInt());
        assertTrue(example.get("text").asText().contains("\uD83C\uDF0A"));
    }

    /** Checks that {@code span} and the spans among its fields slice their text; returns how many it checked. */
    private static int checkSlice(int[] codePoints, JsonNode span, String layer) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertEquals(span.get("text").asText(), new String(codePoints, start, end - start), layer + " " + span);
        int checked = 1;
        for (JsonNode field : span) {
            if (field.isObject() && field.has("start")) {
                checked += checkSlice(codePoints, field, layer);
            }
        }
        return checked;
    }
}
