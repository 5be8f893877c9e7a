package org.rhetorica.ingest.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reddit submissions and comments as the Pushshift and Arctic Shift dumps hold them (one object per
 * line, often Zstandard-compressed), and Reddit's own listings (the JSON of a thread's page, with
 * {@code replies} nested). A submission and its comments are one thread ({@code link_id}); a
 * comment's parent is its {@code parent_id} without the {@code t1_}/{@code t3_} prefix, so a
 * top-level comment answers the submission. {@code created_utc} may be a number or a string.
 * Bodies that are {@code [deleted]} or {@code [removed]} are no text: such a post is left out (its
 * replies keep their parent's id), a submission keeps its title. The source is {@code r/subreddit}.
 */
public final class Reddit implements Platform {
    private static final Set<String> GONE = Set.of("[deleted]", "[removed]", "[ Removed by Reddit ]", "[removed by reddit]");

    @Override
    public String name() {
        return "Reddit";
    }

    @Override
    public boolean recognises(Set<String> paths) {
        boolean dump = paths.contains("subreddit") && paths.contains("created_utc") && paths.contains("author")
                && (paths.contains("body") || paths.contains("selftext") || paths.contains("title"));
        boolean listing = paths.contains("data.children[].data.subreddit") || paths.contains("data.children[].kind");
        return dump || listing;
    }

    @Override
    public List<ExportPost> posts(JsonNode value, JsonNode context, String record) {
        List<ExportPost> posts = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                add(item, record, posts);
            }
        } else {
            add(value, record, posts);
        }
        return posts;
    }

    /** A thing: a listing (its children), a kind-wrapped submission or comment, or a bare dump object. */
    private static void add(JsonNode thing, String record, List<ExportPost> posts) {
        if (!thing.isObject()) {
            throw new IllegalArgumentException("not a Reddit object");
        }
        if ("Listing".equals(Json.text(thing, "kind"))) {
            for (JsonNode child : thing.path("data").path("children")) {
                add(child, record, posts);
            }
            return;
        }
        JsonNode data = thing.has("kind") && thing.path("data").isObject() ? thing.get("data") : thing;
        if ("more".equals(Json.text(thing, "kind"))) {
            return;
        }
        ExportPost post = post(data, record);
        if (post != null) {
            posts.add(post);
        }
        JsonNode replies = data.path("replies");
        if (replies.isObject()) {
            add(replies, record, posts);
        }
    }

    private static ExportPost post(JsonNode data, String record) {
        String id = Json.text(data, "id");
        if (id == null) {
            throw new IllegalArgumentException("a Reddit object without an id");
        }
        boolean submission = data.has("title") && !data.has("body");
        String title = submission ? Json.text(data, "title") : null;
        String text = submission ? Json.text(data, "selftext") : Json.text(data, "body");
        if (text != null && GONE.contains(text)) {
            text = null;
        }
        if (text == null && title == null) {
            return null;
        }
        String author = Json.text(data, "author");
        String link = unprefixed(Json.text(data, "link_id"));
        String permalink = Json.text(data, "permalink");
        String subreddit = Json.text(data, "subreddit");
        return new ExportPost(id, submission ? null : unprefixed(Json.text(data, "parent_id")), submission ? id : link,
                author == null || GONE.contains(author) ? null : author, null, Json.epochSeconds(data, "created_utc"),
                Json.integer(data, "score"), title, text,
                permalink == null ? null : permalink.startsWith("http") ? permalink : "https://www.reddit.com" + permalink,
                subreddit == null ? null : "r/" + subreddit, record);
    }

    /** "t3_abc" gives "abc". */
    private static String unprefixed(String fullname) {
        return fullname != null && fullname.length() > 3 && fullname.charAt(2) == '_' ? fullname.substring(3) : fullname;
    }
}
