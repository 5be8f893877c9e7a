package org.rhetorica.analysis;

import java.util.List;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Spanned;
import org.rhetorica.text.HeaderPart;
import org.rhetorica.text.Post;
import org.rhetorica.text.Turn;

/**
 * Whether a span lies in words someone wrote: in a thread, inside a post or the headline, not in the
 * handles, scores and widget words around them ("grumpy_commuter 3 points"); in an interview, not in
 * a speaker's label. What the techniques and claims layers look at.
 */
public final class WrittenWords {
    private WrittenWords() {}

    public static boolean contain(Document doc, Spanned span) {
        if (doc.layer(Turn.LAYER).stream().anyMatch(turn -> turn.label() != null && turn.label().overlaps(span))) {
            return false;
        }
        List<Post> posts = doc.layer(Post.LAYER);
        return posts.isEmpty() || posts.stream().anyMatch(post -> post.contains(span))
                || doc.layer(HeaderPart.LAYER).stream().anyMatch(part -> part.contains(span));
    }
}
