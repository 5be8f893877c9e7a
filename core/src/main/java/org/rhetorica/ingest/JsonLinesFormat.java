package org.rhetorica.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
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
    private final HtmlExtractor html;

    JsonLinesFormat(HtmlExtractor html) {
        this.html = html;
    }

    /** Whether a record is one of this format's: an object with a "text" or an "html" field. */
    static boolean recognises(JsonNode object) {
        return object.isObject() && (object.has("text") || object.has("html"));
    }

    /**
     * Reads one line's object into documents; returns why it cannot be read, or null.
     *
     * @param ids the ids given so far in this file, to tell duplicates
     */
    String read(JsonNode object, Origin origin, String lineId, List<String> warnings, Set<String> ids,
            Consumer<Document> documents) {
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
