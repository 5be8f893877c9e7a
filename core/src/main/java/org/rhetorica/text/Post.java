package org.rhetorica.text;

import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Spanned;

/**
 * One post or comment of a discussion thread. The span covers what its author wrote, without the
 * header line (handle, score, age) or the widget words around it ("reply", "link").
 *
 * @param id the platform's id of the post (a Reddit comment's "k3x9a2", a tweet's number) where the
 *     input gives one; for a thread copied as text, "p1", "p2"... in text order
 * @param parent the {@code id} of the post this one answers, or null for a post that answers none
 *     (a thread's opening post, a top-level comment of a thread whose opening post is not in it)
 * @param depth how deeply the post is nested: 0 for a post that answers none in the document (the
 *     opening post; top-level comments where there is none), 1 for what answers it, and so on
 * @param author the author's handle as the page shows it, without a leading "u/" or "@"; a Lemmy
 *     handle keeps its instance ("tidepool@lemmy.example"), since the same name on two instances is
 *     two people; null where the page shows "[deleted]"
 * @param authorName the author's display name where the platform gives one besides the handle, else null
 * @param published when it was posted, ISO 8601 in UTC ("2026-03-02T14:05:00Z") or a date alone,
 *     where the input says so exactly, else null
 * @param age the age or date as the page shows it ("3 hours ago"), else null
 * @param score the post's points or votes where the page shows them, else null
 */
public record Post(int start, int end, String id, String parent, int depth, String author, String authorName,
        String published, String age, Integer score) implements Spanned {
    public static final Layer<Post> LAYER = Layer.written("posts", Post.class);
}
