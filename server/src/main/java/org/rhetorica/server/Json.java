package org.rhetorica.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rhetorica.doc.DocumentJson;

/** JSON in and out of the API, with the mapper results are written with. */
final class Json {
    private Json() {}

    static void send(Context ctx, Object value) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(DocumentJson.mapper().writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response", e);
        }
    }

    static void sendRaw(Context ctx, String json) {
        ctx.contentType("application/json; charset=utf-8").result(json);
    }

    /** The body as a JSON object; a 400 if it is not one. */
    static JsonNode body(Context ctx) {
        JsonNode node;
        try {
            node = DocumentJson.mapper().readTree(ctx.bodyAsBytes());
        } catch (java.io.IOException e) {
            throw new ApiException(400, "the request body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(400, "the request body must be a JSON object");
        }
        return node;
    }

    static Map<String, Object> error(int status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("message", message);
        return error;
    }
}
