package org.rhetorica.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.rhetorica.doc.CodePoints;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Origin;

/**
 * JSON Lines: one object per line, {@code {"id", "text" | "html", "url", "title", "author", "source",
 * "published"}}; {@code html} is extracted like an HTML file and its markup fills in the fields the
 * line leaves out. A document's id is the line's {@code id} (with {@code #1}, {@code #2}... when its
 * HTML holds several stories), else {@code <idBase>#<line number>}; its origin is the line, with
 * record {@code "line N"}. Blank lines are skipped; a line that cannot be read fails alone.
 */
final class JsonLinesFormat {
    private final ObjectMapper json;
    private final HtmlExtractor html;

    JsonLinesFormat(ObjectMapper json, HtmlExtractor html) {
        this.json = json;
        this.html = html;
    }

    void read(InputFile file, byte[] bytes, Consumer<Document> documents, Consumer<InputFailure> failures)
            throws InputException {
        DecodedText decoded = Decoding.decode(bytes, null, false);
        String text = decoded.text();
        CodePoints codePoints = new CodePoints(text);
        Set<String> ids = new HashSet<>();
        int number = 0;
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int next = end + 1;
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            number++;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                Origin origin = new Origin(file.display(), codePoints.toCodePoint(start), codePoints.toCodePoint(end), "line " + number);
                String failure = readLine(line, origin, file.idBase() + "#" + number, decoded.warnings(start, end), ids, documents);
                if (failure != null) {
                    failures.accept(new InputFailure(file.display() + " (line " + number + ")", failure));
                }
            }
            start = next;
        }
    }

    /** Reads one line into documents; returns why it cannot be read, or null. */
    private String readLine(String line, Origin origin, String lineId, List<String> warnings, Set<String> ids,
            Consumer<Document> documents) {
        JsonNode object;
        try {
            object = json.readTree(line);
        } catch (JsonProcessingException e) {
            return "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("");
        }
        if (!object.isObject()) {
            return "not a JSON object";
        }
        JsonNode text = object.path("text");
        JsonNode markup = object.path("html");
        if (text.isMissingNode() && markup.isMissingNode()) {
            return "has neither a \"text\" nor an \"html\" field";
        }
        if (!text.isMissingNode() && !text.isTextual() || text.isMissingNode() && !markup.isTextual()) {
            return "\"" + (text.isMissingNode() ? "html" : "text") + "\" is not a string";
        }
        List<String> allWarnings = new ArrayList<>(warnings);
        String id = idOf(object.path("id"), lineId, ids, allWarnings);
        PageMetadata given = new PageMetadata(field(object, "title"), field(object, "author"), field(object, "published"),
                field(object, "source"), field(object, "url"));
        Numbering numbering = new Numbering(id, documents);
        if (text.isTextual()) {
            if (text.asText().isBlank()) {
                return "no text found";
            }
            numbering.add(new Draft(text.asText().strip(), origin, given, allWarnings));
        } else {
            List<HtmlExtractor.Extracted> extracted = html.extract(markup.asText());
            if (extracted.isEmpty()) {
                return "no text found";
            }
            for (HtmlExtractor.Extracted one : extracted) {
                List<String> pageWarnings = new ArrayList<>(allWarnings);
                pageWarnings.addAll(one.warnings());
                numbering.add(new Draft(one.text(), origin, given.orElse(one.metadata()), pageWarnings));
            }
        }
        numbering.finish();
        return null;
    }

    private static String idOf(JsonNode given, String lineId, Set<String> ids, List<String> warnings) {
        String id = given.isValueNode() && !given.isNull() && !given.asText().isBlank() ? given.asText().strip() : lineId;
        if (!ids.add(id)) {
            warnings.add("id \"" + id + "\" is used by an earlier line; renamed " + lineId);
            id = lineId;
            ids.add(id);
        }
        return id;
    }

    private static String field(JsonNode object, String name) {
        JsonNode value = object.path(name);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
