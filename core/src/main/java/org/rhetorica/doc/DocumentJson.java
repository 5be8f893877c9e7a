package org.rhetorica.doc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes documents in the Rhetorica JSON format (see {@code schema/document.schema.json}).
 *
 * <p>Every span is written as {@code start}, {@code end} (Unicode code points, end exclusive) and
 * {@code text}, followed by the other components of its record in declaration order. Layer elements
 * are records implementing {@link Spanned}; a record component that is itself {@link Spanned} (a
 * quote's cue, say) is written the same way. Thread-safe.
 */
public final class DocumentJson {
    /**
     * Bumped whenever a field changes meaning, disappears or becomes required; adding optional fields
     * or layers does not. Format 2 made {@code pipeline} required.
     */
    public static final String FORMAT = "rhetorica-document/2";
    /** The formats {@link #read} accepts: this one and those before it. */
    static final List<String> READABLE = List.of("rhetorica-document/1", FORMAT);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("spans").addSerializer(Spanned.class, new SpannedSerializer()))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // Readers ignore fields they do not know: later versions may add some.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final DocumentReader READER = new DocumentReader(MAPPER);

    /** Two-space indents and "\n" line ends on every system, so that results compare byte for byte. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private DocumentJson() {}

    /** The document as one line of JSON, for JSON Lines output. */
    public static String toLine(Document doc) {
        return write(doc, MAPPER.writer());
    }

    /** The document as indented JSON, for files meant to be read. */
    public static String toPrettyJson(Document doc) {
        return write(doc, MAPPER.writer(PRETTY));
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a document back from its JSON (either form, one line or indented), with every layer that
     * {@code layers} knows. Reads this format and the ones before it.
     *
     * @throws IllegalArgumentException if the text is not a Rhetorica document, naming what is wrong
     */
    public static Document read(String json, LayerRegistry layers) {
        try {
            return READER.read(MAPPER.readTree(json), layers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Document doc, ObjectWriter writer) {
        var out = new java.io.StringWriter(doc.text().length() * 3);
        write(doc, writer, out);
        return out.toString();
    }

    private static void write(Document doc, ObjectWriter writer, Writer out) {
        // One value through the writer, so that the span serializer sees the attributes.
        ObjectWriter withText = writer
                .withAttribute(CodePoints.class, new CodePoints(doc.text()))
                .withAttribute(Document.class, doc);
        Metadata meta = doc.metadata();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("format", FORMAT);
        fields.put("id", meta.id());
        fields.put("origin", meta.origin());
        fields.put("title", meta.title());
        fields.put("author", meta.author());
        fields.put("published", meta.published());
        fields.put("publishedFrom", meta.publishedFrom());
        fields.put("source", meta.source());
        fields.put("url", meta.url());
        fields.put("language", meta.language());
        fields.put("warnings", meta.warnings());
        fields.put("pipeline", meta.pipeline());
        fields.put("text", doc.text());
        for (Layer<?> layer : doc.layers()) {
            if (layer.written()) {
                fields.put(layer.name(), doc.layer(layer));
            }
        }
        try {
            withText.writeValue(out, fields);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write document " + doc.id(), e);
        }
    }

    private static final class SpannedSerializer extends StdSerializer<Spanned> {
        SpannedSerializer() {
            super(Spanned.class);
        }

        @Override
        public void serialize(Spanned span, JsonGenerator json, SerializerProvider provider) throws IOException {
            CodePoints codePoints = (CodePoints) provider.getAttribute(CodePoints.class);
            Document doc = (Document) provider.getAttribute(Document.class);
            json.writeStartObject();
            json.writeNumberField("start", codePoints.toCodePoint(span.start()));
            json.writeNumberField("end", codePoints.toCodePoint(span.end()));
            json.writeStringField("text", doc.text(span));
            RecordComponent[] components = span.getClass().getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    String name = component.getName();
                    if (!name.equals("start") && !name.equals("end")) {
                        provider.defaultSerializeField(name, read(component, span), json);
                    }
                }
            }
            json.writeEndObject();
        }

        private static Object read(RecordComponent component, Object record) throws IOException {
            try {
                return component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IOException("cannot read " + component.getName() + " of " + record.getClass().getName(), e);
            }
        }
    }
}
