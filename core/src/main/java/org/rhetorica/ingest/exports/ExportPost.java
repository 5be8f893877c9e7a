package org.rhetorica.ingest.exports;

/**
 * One post of a platform export as its reader maps it, before it joins its thread.
 *
 * @param id the platform's id of the post (within its {@code thread} space, see below)
 * @param parent the id of the post it answers, or null
 * @param thread what groups posts into one thread (a Reddit submission's id, an X conversation id, a
 *     video's id); null where only replies tie posts together (Telegram, Mastodon, X API v1.1): then
 *     a post joins the thread of the post it answers, and a post that answers none opens its own
 * @param author the handle, without "u/" or "@"; null for a deleted account
 * @param authorName the display name where the platform gives one besides the handle
 * @param published ISO 8601, in UTC where the platform says so
 * @param score points, votes or likes where given
 * @param title the post's own title (a Reddit submission's, a feed item's), or null
 * @param text what the author wrote, as plain text
 * @param url where the post can be seen, or null
 * @param source the channel, subreddit, community, instance or feed
 * @param record where in the input it came from ("line 12", "messages[41]"), for failures and origins
 */
public record ExportPost(String id, String parent, String thread, String author, String authorName, String published,
        Integer score, String title, String text, String url, String source, String record) {

    /** Characters this post holds, for keeping open threads within a memory budget. */
    public long size() {
        return 64 + length(text) + length(title) + length(author) + length(authorName) + length(url) + length(source);
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }
}
