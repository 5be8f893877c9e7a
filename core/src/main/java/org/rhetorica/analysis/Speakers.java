package org.rhetorica.analysis;

import java.util.function.Predicate;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Spanned;
import org.rhetorica.text.Post;
import org.rhetorica.text.Turn;

/**
 * Who speaks a stretch of a document: the speaker of the quote in the speaker's own words (direct or
 * turn) that holds it, else of the interview turn, else the author of the forum post, else the
 * speaker of the reported speech (indirect quote) that holds it; null when it is the document's own
 * voice. Reported speech comes last: inside a turn or post it is told in the words of whoever reports
 * it, while in an article's own voice its words are the reported speaker's as far as the text says.
 */
public final class Speakers {
    private Speakers() {}

    public static String at(Document doc, Spanned span) {
        Quote own = innermost(doc, Quote.LAYER, span,
                q -> q.speaker() != null && (q.kind() == Quote.Kind.DIRECT || q.kind() == Quote.Kind.TURN));
        if (own != null) {
            return own.speaker();
        }
        Turn turn = innermost(doc, Turn.LAYER, span, t -> true);
        if (turn != null) {
            return turn.speaker();
        }
        Post post = innermost(doc, Post.LAYER, span, p -> true);
        if (post != null) {
            return post.author();
        }
        Quote reported = innermost(doc, Quote.LAYER, span, q -> q.speaker() != null && q.kind() == Quote.Kind.INDIRECT);
        return reported == null ? null : reported.speaker();
    }

    /** The shortest element of the layer that holds the span's first character, among those {@code eligible}. */
    private static <T extends Spanned> T innermost(Document doc, org.rhetorica.doc.Layer<T> layer, Spanned span,
            Predicate<T> eligible) {
        T best = null;
        for (T element : doc.layer(layer)) {
            if (element.start() > span.start()) {
                break;
            }
            if (element.contains(span.start()) && eligible.test(element) && (best == null || element.length() < best.length())) {
                best = element;
            }
        }
        return best;
    }
}
