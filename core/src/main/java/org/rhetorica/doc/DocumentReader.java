package org.rhetorica.doc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON that {@link DocumentJson} writes back into a document: metadata, text and every
 * written layer the registry knows, each span back in UTF-16 indices and checked against the text it
 * claims to cover. Layers the registry does not know are skipped, as the format's versioning allows
 * (a newer version may add layers). Thread-safe.
 */
final class DocumentReader {
    private static final Set<String> METADATA_FIELDS = Set.of("format", "id", "origin", "title", "author", "published", "publishedFrom",
            "source", "url", "language", "warnings", "pipeline", "text");

    private final ObjectMapper mapper;

    DocumentReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Document read(JsonNode json, LayerRegistry registry) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("a Rhetorica document is a JSON object, not " + json.getNodeType());
        }
        String format = json.path("format").asText(null);
        if (format == null || !DocumentJson.READABLE.contains(format)) {
            throw new IllegalArgumentException("not a Rhetorica document of a known format: format is " + format
                    + "; this version reads " + String.join(", ", DocumentJson.READABLE));
        }
        String text = required(json, "text").asText();
        Metadata metadata = new Metadata(
                required(json, "id").asText(),
                value(json, "origin", Origin.class),
                json.path("title").asText(null),
                json.path("author").asText(null),
                json.path("published").asText(null),
                json.path("publishedFrom").asText(null),
                json.path("source").asText(null),
                json.path("url").asText(null),
                json.path("language").asText(null),
                strings(json.path("warnings")),
                value(json, "pipeline", PipelineSpec.class));
        Document doc = Document.of(text, metadata);
        CodePoints codePoints = new CodePoints(text);
        for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Layer<?> layer = METADATA_FIELDS.contains(field.getKey()) ? null : registry.get(field.getKey());
            if (layer != null) {
                doc = withLayer(doc, layer, field.getValue(), codePoints);
            }
        }
        return doc;
    }

    private <T extends Spanned> Document withLayer(Document doc, Layer<T> layer, JsonNode spans, CodePoints codePoints) {
        if (!spans.isArray()) {
            throw new IllegalArgumentException("layer " + layer.name() + " is not an array");
        }
        List<T> read = new ArrayList<>(spans.size());
        for (JsonNode span : spans) {
            read.add(span(layer.type(), span, doc.text(), codePoints, layer.name()));
        }
        return doc.with(layer, read);
    }

    /** One span: its record built from the JSON object's fields, offsets turned back into UTF-16. */
    private <T> T span(Class<T> type, JsonNode json, String text, CodePoints codePoints, String where) {
        if (!json.isObject()) {
            throw new IllegalArgumentException(where + ": a span is a JSON object");
        }
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalStateException(type.getName() + " is not a record; layers hold records");
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        int start = offset(json, "start", codePoints, where);
        int end = offset(json, "end", codePoints, where);
        if (end < start) {
            throw new IllegalArgumentException(where + ": span ends at " + end + " before its start " + start);
        }
        JsonNode spanText = json.get("text");
        if (spanText != null && !spanText.asText().equals(text.substring(start, end))) {
            throw new IllegalArgumentException(where + ": the span's text does not match the document's text at ["
                    + codePoints.toCodePoint(start) + ", " + codePoints.toCodePoint(end) + ")");
        }
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            String name = component.getName();
            JsonNode field = json.get(name);
            if (name.equals("start")) {
                values[i] = start;
            } else if (name.equals("end")) {
                values[i] = end;
            } else if (field == null || field.isNull()) {
                values[i] = types[i].isPrimitive() ? primitiveZero(types[i], where + "." + name) : null;
            } else if (Spanned.class.isAssignableFrom(types[i])) {
                values[i] = span(types[i], field, text, codePoints, where + "." + name);
            } else {
                values[i] = convert(field, component, where + "." + name);
            }
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(where + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + type.getName(), e);
        }
    }

    private Object convert(JsonNode field, RecordComponent component, String where) {
        try {
            return mapper.treeToValue(field, mapper.constructType(component.getGenericType()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static int offset(JsonNode json, String name, CodePoints codePoints, String where) {
        JsonNode value = json.get(name);
        if (value == null || !value.canConvertToInt()) {
            throw new IllegalArgumentException(where + ": a span needs an integer " + name);
        }
        try {
            return codePoints.toUtf16(value.intValue());
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static Object primitiveZero(Class<?> type, String where) {
        if (type == double.class) {
            return 0.0;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        throw new IllegalArgumentException(where + " is missing");
    }

    private static JsonNode required(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("a Rhetorica document needs " + name);
        }
        return value;
    }

    private <T> T value(JsonNode json, String name, Class<T> type) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return mapper.treeToValue(value, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(item -> strings.add(item.asText()));
        return strings;
    }
}
