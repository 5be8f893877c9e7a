package org.rhetorica.ingest.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * Telegram Desktop's JSON export ({@code result.json}): one chat or channel ({@code messages}), or a
 * whole account ({@code chats.list[].messages}, {@code left_chats.list[].messages}), streamed a
 * message at a time. A message's text is a string or an array of strings and {@code {type, text}}
 * entities; service messages (joins, pins) and messages without text are skipped. Replies ({@code
 * reply_to_message_id}) make threads; a message nobody answers stands alone. Telegram exports give
 * no handles: the author is the sender's id ({@code from_id}, "user123456"), with the name shown in
 * {@code authorName}; the date is {@code date_unixtime} (UTC), else {@code date} as written (the
 * exporting computer's time zone). The source is the chat's name.
 */
public final class Telegram implements Platform {
    @Override
    public String name() {
        return "Telegram";
    }

    @Override
    public boolean recognises(Set<String> paths) {
        return paths.contains("messages[].date") && (paths.contains("messages[].type") || paths.contains("messages[].date_unixtime"))
                || paths.contains("personal_information") || paths.contains("chats.list[].messages");
    }

    @Override
    public Set<String> streamedArrays() {
        return Set.of("messages", "chats.list[].messages", "left_chats.list[].messages");
    }

    @Override
    public List<ExportPost> posts(JsonNode message, JsonNode chat, String record) {
        if (!message.isObject()) {
            throw new IllegalArgumentException("a message is not a JSON object");
        }
        if (!"message".equals(Json.text(message, "type"))) {
            return List.of();
        }
        String text = text(message.get("text"));
        if (text.isBlank()) {
            return List.of();
        }
        String chatId = Json.text(chat, "id");
        String id = Json.text(message, "id");
        String parent = Json.text(message, "reply_to_message_id");
        String published = Json.epochSeconds(message, "date_unixtime");
        return List.of(new ExportPost(scoped(chatId, id), scoped(chatId, parent), null, Json.text(message, "from_id"),
                Json.text(message, "from"), published != null ? published : Json.dateTime(Json.text(message, "date")), null, null,
                text.strip(), null, Json.text(chat, "name"), record));
    }

    /** Message ids count within their chat: in an account's export, the chat's id keeps them apart. */
    private static String scoped(String chat, String id) {
        return id == null || chat == null ? id : chat + "/" + id;
    }

    /** A message's text: a string, or an array of strings and entities with a {@code text}. */
    private static String text(JsonNode text) {
        if (text == null || text.isNull()) {
            return "";
        }
        if (text.isTextual()) {
            return text.asText();
        }
        StringBuilder joined = new StringBuilder();
        if (text.isArray()) {
            for (JsonNode part : text) {
                joined.append(part.isTextual() ? part.asText() : part.path("text").asText(""));
            }
        }
        return joined.toString();
    }
}
