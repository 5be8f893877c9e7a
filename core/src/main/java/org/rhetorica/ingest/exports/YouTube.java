package org.rhetorica.ingest.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * YouTube Data API comments: pages of comment threads ({@code youtube#commentThreadListResponse}),
 * single threads, and pages of replies ({@code youtube#commentListResponse}). Every comment on one
 * video is one thread; a reply's parent is its {@code parentId}, a top-level comment answers none.
 * The text is {@code textOriginal}, else {@code textDisplay} from HTML; the author the display name
 * without its "@"; the score the like count; the source the video's channel id.
 */
public final class YouTube implements Platform {
    @Override
    public String name() {
        return "YouTube";
    }

    @Override
    public boolean recognises(Set<String> paths) {
        return paths.contains("items[].snippet.topLevelComment") || paths.contains("snippet.topLevelComment")
                || paths.contains("items[].snippet.parentId") && paths.contains("items[].snippet.authorDisplayName");
    }

    @Override
    public List<ExportPost> posts(JsonNode value, JsonNode context, String record) {
        if (!value.isObject()) {
            throw new IllegalArgumentException("not a YouTube API object");
        }
        List<ExportPost> posts = new ArrayList<>();
        for (JsonNode item : value.has("items") ? value.get("items") : List.of(value)) {
            if (item.path("snippet").has("topLevelComment")) {
                JsonNode thread = item.get("snippet");
                String video = Json.text(thread, "videoId");
                String channel = Json.text(thread, "channelId");
                add(thread.get("topLevelComment"), video, channel, record, posts);
                item.path("replies").path("comments").forEach(reply -> add(reply, video, channel, record, posts));
            } else {
                add(item, null, null, record, posts);
            }
        }
        return posts;
    }

    private static void add(JsonNode comment, String video, String channel, String record, List<ExportPost> posts) {
        JsonNode snippet = comment.path("snippet");
        String id = Json.text(comment, "id");
        String videoId = video != null ? video : Json.text(snippet, "videoId");
        String text = Json.text(snippet, "textOriginal") != null ? Json.text(snippet, "textOriginal")
                : Json.htmlText(Json.text(snippet, "textDisplay"));
        if (id == null || text == null) {
            return;
        }
        String author = Json.text(snippet, "authorDisplayName");
        if (author != null && author.startsWith("@")) {
            author = author.substring(1);
        }
        posts.add(new ExportPost(id, Json.text(snippet, "parentId"), videoId != null ? videoId : id, author, null,
                Json.dateTime(Json.text(snippet, "publishedAt")), Json.integer(snippet, "likeCount"), null, text,
                videoId == null ? null : "https://www.youtube.com/watch?v=" + videoId + "&lc=" + id,
                channel != null ? channel : Json.text(snippet, "channelId"), record));
    }
}
