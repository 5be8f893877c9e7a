package org.rhetorica.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.ingest.exports.ExportPost;
import org.rhetorica.text.Post;

/**
 * Writes one thread of an export as a document. A thread of one post (a channel message nobody
 * answered, a feed item) is a plain document: its title, if any, then its text, with the post's
 * author and date as the document's. A thread of several is laid out as a reader sees it, replies
 * after what they answer:
 *
 * <pre>
 * Ferry timetable changes from next month
 *
 * quay_keeper · 2026-03-02T09:15:00Z · 31 points
 * The harbour office posted the new winter timetable.
 *
 * gull_watcher · 2026-03-02T09:40:00Z · 12 points
 * It does, but only from November.
 * </pre>
 *
 * and its {@code posts} layer holds each post's text with the platform's id, parent, author,
 * display name, date and score. The document takes its title, author, date and address from the
 * opening post; its source is the channel, subreddit or community.
 */
final class ThreadDocument {
    private ThreadDocument() {}

    static Document of(String id, String file, List<ExportPost> posts, List<String> warnings) {
        List<Placed> ordered = treeOrder(posts);
        ExportPost first = ordered.get(0).post();
        String record = posts.size() == 1 ? first.record() : first.record() + " and " + (posts.size() - 1) + " more";
        Metadata metadata = Metadata.of(id, new Origin(file, 0, 0, record));
        String title = first.title();
        if (title != null) {
            metadata = metadata.withTitle(title);
        }
        metadata = with(metadata, first.author(), first.published(), source(ordered), first.url());
        for (String warning : warnings) {
            metadata = metadata.withWarning(warning);
        }
        if (posts.size() == 1) {
            String body = first.text() == null ? "" : first.text();
            String text = title == null ? body : body.isEmpty() ? title : title + "\n\n" + body;
            return Document.of(text, metadata);
        }
        StringBuilder text = new StringBuilder();
        if (title != null) {
            text.append(title).append("\n\n");
        }
        List<Post> layer = new ArrayList<>();
        for (Placed placed : ordered) {
            ExportPost post = placed.post();
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append("\n\n");
            }
            text.append(header(post)).append('\n');
            int start = text.length();
            text.append(post.text() == null ? "" : post.text());
            layer.add(new Post(start, text.length(), post.id(), post.parent(), placed.depth(), post.author(), post.authorName(),
                    post.published(), null, post.score()));
        }
        return Document.of(text.toString(), metadata).with(Post.LAYER, layer);
    }

    private static Metadata with(Metadata metadata, String author, String published, String source, String url) {
        Metadata result = metadata;
        result = author == null ? result : result.withAuthor(author);
        result = published == null ? result : result.withPublished(published, Metadata.FROM_MARKUP);
        result = source == null ? result : result.withSource(source);
        return url == null ? result : result.withUrl(url);
    }

    private static String source(List<Placed> ordered) {
        for (Placed placed : ordered) {
            if (placed.post().source() != null) {
                return placed.post().source();
            }
        }
        return null;
    }

    /** "quay_keeper (Quay Keeper) · 2026-03-02T09:15:00Z · 31 points". */
    private static String header(ExportPost post) {
        StringBuilder header = new StringBuilder(post.author() == null ? "[deleted]" : post.author());
        if (post.authorName() != null && !post.authorName().equals(post.author())) {
            header.append(" (").append(post.authorName()).append(')');
        }
        if (post.published() != null) {
            header.append(" · ").append(post.published());
        }
        if (post.score() != null) {
            header.append(" · ").append(post.score()).append(Math.abs(post.score()) == 1 ? " point" : " points");
        }
        return header.toString();
    }

    private record Placed(ExportPost post, int depth) {}

    /**
     * Posts with replies after what they answer, depth first, siblings in input order; a post whose
     * parent is not in the thread (or that answers nothing) starts at depth 0.
     */
    private static List<Placed> treeOrder(List<ExportPost> posts) {
        Map<String, ExportPost> byId = new HashMap<>();
        for (ExportPost post : posts) {
            if (post.id() != null) {
                byId.putIfAbsent(post.id(), post);
            }
        }
        // By identity: an export may hold the same post twice, and each copy is placed once.
        Map<ExportPost, List<ExportPost>> replies = new IdentityHashMap<>();
        List<ExportPost> roots = new ArrayList<>();
        for (ExportPost post : posts) {
            ExportPost parent = post.parent() == null ? null : byId.get(post.parent());
            if (parent == null || parent == post) {
                roots.add(post);
            } else {
                replies.computeIfAbsent(parent, key -> new ArrayList<>()).add(post);
            }
        }
        List<Placed> ordered = new ArrayList<>(posts.size());
        Set<ExportPost> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ExportPost root : roots) {
            place(root, 0, replies, placed, ordered);
        }
        // Posts in a cycle of replies (a broken export) have no root: put them last, flat.
        for (ExportPost post : posts) {
            if (!placed.contains(post)) {
                place(post, 0, replies, placed, ordered);
            }
        }
        return ordered;
    }

    private static void place(ExportPost root, int depth, Map<ExportPost, List<ExportPost>> replies, Set<ExportPost> placed,
            List<Placed> ordered) {
        // Iterative, since a chain of replies can be as long as the export.
        java.util.ArrayDeque<Placed> stack = new java.util.ArrayDeque<>();
        stack.push(new Placed(root, depth));
        while (!stack.isEmpty()) {
            Placed next = stack.pop();
            if (!placed.add(next.post())) {
                continue;
            }
            ordered.add(next);
            List<ExportPost> children = replies.getOrDefault(next.post(), List.of());
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(new Placed(children.get(i), next.depth() + 1));
            }
        }
    }
}
