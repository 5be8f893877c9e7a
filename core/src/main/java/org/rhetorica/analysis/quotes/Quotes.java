package org.rhetorica.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.analysis.quotes.AttributionTagger.Tagged;
import org.rhetorica.analysis.quotes.QuoteMarks.Quotation;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.models.Encoding;
import org.rhetorica.pipeline.Annotator;
import org.rhetorica.pipeline.NamedProvider;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.text.Post;
import org.rhetorica.text.Sentences;
import org.rhetorica.text.Turn;

/**
 * The quotes layer: who says what. Direct quotes come from quotation marks and the speech frames
 * beside them, indirect ones from the attribution tagger ({@link QuoteFinder} says how they are put
 * together); every interview turn, the interviewer's questions as much as the answers, is a quote of
 * its speaker (the words naming them: its label) and
 * every forum post a quote of its author (the handle in the post's header), both of kind
 * {@code turn}. Speakers are named through the entities layer where it covers
 * the words naming them ({@link SpeakerNames}).
 *
 * <p>English only, like the other analysis layers: the speech frames and the tagger are English, and
 * in other languages the turns and posts layers already say who speaks. The tagger runs where the
 * document has encoder vectors (always, in a pipeline). Thread-safe.
 */
public final class Quotes implements Annotator {
    /** What this annotator produces, declared once for it and its provider. */
    public static final Set<DataKey> PRODUCES = Set.of(Quote.LAYER);
    /** How far before a post its header, with the author's handle, may start. */
    private static final int HEADER_REACH = 200;

    private final AttributionTagger tagger;

    public Quotes(AttributionTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public Set<DataKey> requires() {
        return Set.of(Encoding.VECTORS, Sentences.LAYER, Paragraphs.LAYER);
    }

    @Override
    public Set<DataKey> uses() {
        return Set.of(Entity.LAYER, Turn.LAYER, Post.LAYER);
    }

    @Override
    public Set<DataKey> produces() {
        return PRODUCES;
    }

    @Override
    public Map<String, String> models() {
        return Map.of(tagger.head().name(), tagger.head().sha256());
    }

    @Override
    public boolean appliesTo(Document doc) {
        return doc.isEnglish();
    }

    @Override
    public Document annotate(Document doc) {
        List<Quotation> quotations = QuoteMarks.find(doc.text(), doc.layer(Paragraphs.LAYER));
        List<Tagged> tagged = doc.has(Encoding.VECTORS) ? tagger.tag(doc, quotations) : List.of();
        List<Quote> quotes = new ArrayList<>(QuoteFinder.find(doc, quotations, tagged));
        for (Turn turn : doc.layer(Turn.LAYER)) {
            quotes.add(new Quote(turn.start(), turn.end(), Quote.Kind.TURN, null, labelName(doc.text(), turn.label()), turn.speaker(), null));
        }
        for (Post post : doc.layer(Post.LAYER)) {
            quotes.add(new Quote(post.start(), post.end(), Quote.Kind.TURN, null, handle(doc.text(), post), post.author(), null));
        }
        return doc.with(Quote.LAYER, quotes);
    }

    /** A turn's label without its colon ("SO" of "SO:"), or null for unlabelled turns. */
    private static Span labelName(String text, Span label) {
        if (label == null) {
            return null;
        }
        int end = label.end();
        while (end > label.start() && (text.charAt(end - 1) == ':' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return end > label.start() ? new Span(label.start(), end) : label;
    }

    /** The author's handle in the header just before the post, or null where the page does not show it there. */
    private static Span handle(String text, Post post) {
        if (post.author() == null) {
            return null;
        }
        int at = text.lastIndexOf(post.author(), post.start());
        return at >= 0 && at >= post.start() - HEADER_REACH ? new Span(at, at + post.author().length()) : null;
    }

    public static final class Provider extends NamedProvider {
        public Provider() {
            super("quotes", PRODUCES, resources -> new Quotes(resources.shared(AttributionTagger.class,
                    (Resources r) -> AttributionTagger.load(r.encoderSpec()))));
        }
    }
}
