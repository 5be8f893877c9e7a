package org.rhetorica.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The field paths of JSON, by which exports are recognised ({@link
 * org.rhetorica.ingest.exports.Platform#recognises}): {@code "messages[].from_id"}. The elements of
 * a top-level array have no prefix, so that an array of records and JSON Lines of the same records
 * have the same shape.
 */
final class JsonShape {
    /** Deep enough to see a record's fields inside its response, shallow enough to stay small. */
    private static final int MAX_DEPTH = 6;
    private static final int MAX_PATHS = 4000;

    private JsonShape() {}

    /** The paths of one parsed value. */
    static Set<String> of(JsonNode value) {
        Set<String> paths = new LinkedHashSet<>();
        collect(value, "", 0, paths);
        return paths;
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static void collect(JsonNode node, String path, int depth, Set<String> paths) {
        if (depth >= MAX_DEPTH || paths.size() >= MAX_PATHS) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                paths.add(child);
                collect(field.getValue(), child, depth + 1, paths);
            }
        } else if (node.isArray()) {
            String child = path.isEmpty() ? "" : path + "[]";
            if (!child.isEmpty()) {
                paths.add(child);
            }
            for (JsonNode element : node) {
                collect(element, child, depth + 1, paths);
            }
        }
    }

    /**
     * The paths seen in the first bytes of a JSON document, which may end anywhere: whatever could
     * be read before the cut counts.
     */
    static Set<String> ofHead(byte[] head, ObjectMapper json) {
        Set<String> paths = new LinkedHashSet<>();
        Deque<String> stack = new ArrayDeque<>();
        try (JsonParser parser = json.createParser(head)) {
            String field = null;
            for (JsonToken token = parser.nextToken(); token != null && paths.size() < MAX_PATHS; token = parser.nextToken()) {
                String here = stack.isEmpty() ? "" : stack.peek();
                switch (token) {
                    case FIELD_NAME -> {
                        field = parser.currentName();
                        if (stack.size() <= MAX_DEPTH) {
                            paths.add(join(here, field));
                        }
                    }
                    case START_OBJECT -> {
                        stack.push(field != null ? join(here, field) : here);
                        field = null;
                    }
                    case START_ARRAY -> {
                        String path = field != null ? join(here, field) + "[]" : stack.isEmpty() ? "" : here + "[]";
                        if (!path.isEmpty()) {
                            paths.add(path);
                        }
                        stack.push(path);
                        field = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        stack.pop();
                        field = null;
                    }
                    default -> field = null;
                }
            }
        } catch (IOException e) {
            // The head ends inside the document, or it is broken further on: what was read counts.
        }
        return paths;
    }
}
