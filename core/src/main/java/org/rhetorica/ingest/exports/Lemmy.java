package org.rhetorica.ingest.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lemmy API responses: a post ({@code post_view}) with or without its comments ({@code comments[]}),
 * a page of comments, a page of posts ({@code posts[]}), or one view per JSON Lines line. A post
 * and its comments are one thread; a comment's parent is the second-last id of its {@code path}
 * ("0.12.34": comment 12), a top-level comment's the post. Handles keep their instance
 * ("tidepool@lemmy.example", from the creator's {@code actor_id}); the score is {@code
 * counts.score}; timestamps without a zone (before Lemmy 0.19) are UTC. The source is the
 * community, as {@code !name@instance}. Deleted and removed comments are left out.
 */
public final class Lemmy implements Platform {
    @Override
    public String name() {
        return "Lemmy";
    }

    @Override
    public boolean recognises(Set<String> paths) {
        return paths.contains("post_view.post.id") || paths.contains("comments[].comment.path")
                || paths.contains("posts[].post.id") && paths.contains("posts[].creator.actor_id")
                || paths.contains("comment.path") && paths.contains("creator.actor_id")
                || paths.contains("post.ap_id") && paths.contains("creator.actor_id");
    }

    @Override
    public List<ExportPost> posts(JsonNode value, JsonNode context, String record) {
        if (!value.isObject()) {
            throw new IllegalArgumentException("not a Lemmy response");
        }
        List<ExportPost> posts = new ArrayList<>();
        if (value.has("post_view")) {
            addPost(value.get("post_view"), record, posts);
        }
        value.path("posts").forEach(view -> addPost(view, record, posts));
        value.path("comments").forEach(view -> addComment(view, record, posts));
        if (value.has("comment")) {
            addComment(value, record, posts);
        } else if (value.has("post") && value.has("creator") && !value.has("post_view")) {
            addPost(value, record, posts);
        }
        return posts;
    }

    private static void addPost(JsonNode view, String record, List<ExportPost> posts) {
        String id = Json.text(view, "post.id");
        if (id == null) {
            throw new IllegalArgumentException("a Lemmy post without an id");
        }
        String title = Json.text(view, "post.name");
        String body = Json.text(view, "post.body");
        if (title == null && body == null) {
            return;
        }
        posts.add(new ExportPost(id, null, id, handle(view), Json.text(view, "creator.display_name"),
                published(Json.text(view, "post.published")), Json.integer(view, "counts.score"), title, body,
                Json.text(view, "post.ap_id"), community(view), record));
    }

    private static void addComment(JsonNode view, String record, List<ExportPost> posts) {
        String id = Json.text(view, "comment.id");
        String post = Json.text(view, "comment.post_id") != null ? Json.text(view, "comment.post_id") : Json.text(view, "post.id");
        if (id == null || post == null) {
            throw new IllegalArgumentException("a Lemmy comment without its id or its post's");
        }
        if (view.path("comment").path("deleted").asBoolean(false) || view.path("comment").path("removed").asBoolean(false)) {
            return;
        }
        String text = Json.text(view, "comment.content");
        if (text == null) {
            return;
        }
        String[] path = String.valueOf(Json.text(view, "comment.path")).split("\\.");
        String parent = path.length >= 3 ? path[path.length - 2] : post;
        posts.add(new ExportPost(id, parent, post, handle(view), Json.text(view, "creator.display_name"),
                published(Json.text(view, "comment.published")), Json.integer(view, "counts.score"), null, text,
                Json.text(view, "comment.ap_id"), community(view), record));
    }

    private static String handle(JsonNode view) {
        String name = Json.text(view, "creator.name");
        String host = Json.host(Json.text(view, "creator.actor_id"));
        return name == null || host == null ? name : name + "@" + host;
    }

    private static String community(JsonNode view) {
        String name = Json.text(view, "community.name");
        String host = Json.host(Json.text(view, "community.actor_id"));
        return name == null ? null : "!" + name + (host == null ? "" : "@" + host);
    }

    /** Lemmy before 0.19 wrote UTC times without a zone. */
    private static String published(String value) {
        if (value != null && value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?")) {
            return Json.dateTime(value + "Z");
        }
        return Json.dateTime(value);
    }
}
