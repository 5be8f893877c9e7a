package org.rhetorica.ingest.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Mastodon statuses as its API returns them: a timeline (an array of statuses, or one per JSON Lines
 * line), one status, or a status's context ({@code ancestors} and {@code descendants}). The HTML of
 * {@code content} becomes text; replies ({@code in_reply_to_id}) make threads; boosts are skipped
 * (their text is another's). The author is the account's {@code acct} with its instance
 * ("tidepool@social.example", the instance taken from the account's address where {@code acct} is
 * local); the score is the favourite count; the source is the instance of the thread's first author.
 */
public final class Mastodon implements Platform {
    @Override
    public String name() {
        return "Mastodon";
    }

    @Override
    public boolean recognises(Set<String> paths) {
        boolean status = paths.contains("account.acct") && paths.contains("content") && paths.contains("created_at");
        boolean context = paths.contains("descendants[].account.acct") || paths.contains("ancestors[].account.acct");
        return status || context;
    }

    @Override
    public List<ExportPost> posts(JsonNode value, JsonNode context, String record) {
        List<ExportPost> posts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(status -> add(status, record, posts));
        } else if (value.has("ancestors") || value.has("descendants")) {
            value.path("ancestors").forEach(status -> add(status, record, posts));
            value.path("descendants").forEach(status -> add(status, record, posts));
        } else {
            add(value, record, posts);
        }
        return posts;
    }

    private static void add(JsonNode status, String record, List<ExportPost> posts) {
        if (!status.isObject() || !status.has("account")) {
            throw new IllegalArgumentException("not a Mastodon status");
        }
        if (status.path("reblog").isObject()) {
            return;
        }
        String text = Json.htmlText(Json.text(status, "content"));
        if (text == null) {
            return;
        }
        String instance = Json.host(Json.text(status, "account.url"));
        String acct = Json.text(status, "account.acct");
        String handle = acct == null || acct.contains("@") || instance == null ? acct : acct + "@" + instance;
        String home = handle != null && handle.contains("@") ? handle.substring(handle.indexOf('@') + 1) : instance;
        posts.add(new ExportPost(Json.text(status, "id"), Json.text(status, "in_reply_to_id"), null, handle,
                Json.text(status, "account.display_name"), Json.dateTime(Json.text(status, "created_at")),
                Json.integer(status, "favourites_count"), null, text,
                Json.text(status, "url") != null ? Json.text(status, "url") : Json.text(status, "uri"), home, record));
    }
}
