package org.rhetorica.ingest.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * X (Twitter) API responses and tweet dumps. API v2: a response ({@code data}, {@code includes.users},
 * one page per JSON document or per JSON Lines line) or single tweets with their author inline (as
 * twarc's flattened output has them); a conversation ({@code conversation_id}) is one thread, a
 * tweet's parent is its {@code referenced_tweets} entry of type {@code replied_to}, its author the
 * {@code username} of {@code author_id}. API v1.1: {@code id_str}, {@code full_text} (or {@code
 * extended_tweet.full_text}, {@code text}), {@code user.screen_name}, {@code
 * in_reply_to_status_id_str}; replies make threads. Retweets are skipped: their text is another's.
 * The score is the like count; the source is the conversation's first author, as {@code @handle}.
 */
public final class Twitter implements Platform {
    @Override
    public String name() {
        return "X";
    }

    @Override
    public boolean recognises(Set<String> paths) {
        boolean v2Page = paths.contains("data[].id") && paths.contains("data[].text")
                || paths.contains("data.id") && paths.contains("data.text");
        boolean v2Tweet = paths.contains("conversation_id") && paths.contains("text") && paths.contains("id");
        boolean v1 = paths.contains("id_str") && paths.contains("user.screen_name");
        return v2Page || v2Tweet || v1;
    }

    @Override
    public List<ExportPost> posts(JsonNode value, JsonNode context, String record) {
        List<ExportPost> posts = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode tweet : value) {
                add(tweet, Map.of(), record, posts);
            }
        } else if (value.has("data")) {
            Map<String, JsonNode> users = new HashMap<>();
            for (JsonNode user : value.path("includes").path("users")) {
                users.put(user.path("id").asText(), user);
            }
            JsonNode data = value.get("data");
            for (JsonNode tweet : data.isArray() ? data : List.of(data)) {
                add(tweet, users, record, posts);
            }
        } else if (value.isObject()) {
            add(value, Map.of(), record, posts);
        } else {
            throw new IllegalArgumentException("not a tweet or an API response");
        }
        return posts;
    }

    private static void add(JsonNode tweet, Map<String, JsonNode> users, String record, List<ExportPost> posts) {
        if (!tweet.isObject()) {
            throw new IllegalArgumentException("a tweet is not a JSON object");
        }
        if (tweet.has("id_str")) {
            addVersion1(tweet, record, posts);
            return;
        }
        String id = Json.text(tweet, "id");
        String parent = null;
        for (JsonNode referenced : tweet.path("referenced_tweets")) {
            String type = Json.text(referenced, "type");
            if ("retweeted".equals(type)) {
                return;
            }
            if ("replied_to".equals(type)) {
                parent = Json.text(referenced, "id");
            }
        }
        JsonNode user = tweet.path("author").isObject() ? tweet.get("author") : users.get(tweet.path("author_id").asText());
        String handle = user == null ? Json.text(tweet, "author_id") : Json.text(user, "username");
        String text = Json.text(tweet, "note_tweet.text") != null ? Json.text(tweet, "note_tweet.text") : Json.text(tweet, "text");
        String conversation = Json.text(tweet, "conversation_id");
        posts.add(new ExportPost(id, parent, conversation != null ? conversation : id, handle,
                user == null ? null : Json.text(user, "name"), Json.dateTime(Json.text(tweet, "created_at")),
                Json.integer(tweet, "public_metrics.like_count"), null, text, url(handle, id), handle == null ? null : "@" + handle,
                record));
    }

    private static void addVersion1(JsonNode tweet, String record, List<ExportPost> posts) {
        if (tweet.has("retweeted_status")) {
            return;
        }
        String id = Json.text(tweet, "id_str");
        String handle = Json.text(tweet, "user.screen_name");
        String text = Json.text(tweet, "extended_tweet.full_text");
        if (text == null) {
            text = Json.text(tweet, "full_text") != null ? Json.text(tweet, "full_text") : Json.text(tweet, "text");
        }
        posts.add(new ExportPost(id, Json.text(tweet, "in_reply_to_status_id_str"), null, handle, Json.text(tweet, "user.name"),
                Json.dateTime(Json.text(tweet, "created_at")), Json.integer(tweet, "favorite_count"), null, text, url(handle, id),
                handle == null ? null : "@" + handle, record));
    }

    private static String url(String handle, String id) {
        return handle == null || id == null ? null : "https://x.com/" + handle + "/status/" + id;
    }
}
