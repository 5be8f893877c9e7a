package org.rhetorica.text;

import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Spanned;

/**
 * One post or comment of a discussion thread. The span covers what its author wrote, without the
 * header line (handle, score, age) or the widget words around it ("reply", "link").
 *
 * @param author the author's handle as the page shows it, without a leading "u/" or "@"; a Lemmy
 *     handle keeps its instance ("tidepool@lemmy.example"), since the same name on two instances is
 *     two people; null where the page shows "[deleted]"
 * @param score the post's points or votes where the page shows them, else null
 * @param age the age or date as the page shows it ("3 hours ago"), else null
 */
public record Post(int start, int end, String author, Integer score, String age) implements Spanned {
    public static final Layer<Post> LAYER = Layer.written("posts", Post.class);
}
