package org.rhetorica.analysis;

import java.util.function.Predicate;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Spanned;
import org.rhetorica.text.Post;
import org.rhetorica.text.Turn;

/**
 * Who speaks a stretch of a document: the speaker of the quote in the speaker's own words (direct or
 * turn) it starts in, else of the interview turn, else the author of the forum post; null when it is
 * the document's own voice. Reported speech (indirect quotes) is in the words of whoever reports it.
 */
public final class Speakers {
    private Speakers() {}

    public static String at(Document doc, Spanned span) {
        Quote quote = innermost(doc, Quote.LAYER, span, q -> q.kind() == Quote.Kind.DIRECT || q.kind() == Quote.Kind.TURN);
        if (quote != null && quote.speaker() != null) {
            return quote.speaker();
        }
        Turn turn = innermost(doc, Turn.LAYER, span, t -> true);
        if (turn != null) {
            return turn.speaker();
        }
        Post post = innermost(doc, Post.LAYER, span, p -> true);
        return post == null ? null : post.author();
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
