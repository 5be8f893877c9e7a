package org.rhetorica.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.analysis.quotes.AttributionTagger.Tagged;
import org.rhetorica.analysis.quotes.QuoteMarks.Quotation;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
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
 * together); every interview turn is a quote of its speaker and every forum post a quote of its
 * author, both of kind {@code turn}. Speakers are named through the entities layer where it covers
 * the words naming them ({@link SpeakerNames}).
 *
 * <p>Quotation marks, turns and posts serve every language; the speech frames are English and run on
 * English documents, the tagger on English documents that have encoder vectors. Thread-safe.
 */
public final class Quotes implements Annotator {
    private final AttributionTagger tagger;

    Quotes(AttributionTagger tagger) {
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
        return Set.of(Quote.LAYER);
    }

    @Override
    public Document annotate(Document doc) {
        List<Quotation> quotations = QuoteMarks.find(doc.text(), doc.layer(Paragraphs.LAYER));
        List<Tagged> tagged = doc.isEnglish() && doc.has(Encoding.VECTORS) ? tagger.tag(doc, quotations) : List.of();
        List<Quote> quotes = new ArrayList<>(QuoteFinder.find(doc, quotations, tagged, doc.isEnglish()));
        for (Turn turn : doc.layer(Turn.LAYER)) {
            quotes.add(new Quote(turn.start(), turn.end(), Quote.Kind.TURN, null, turn.label(), turn.speaker()));
        }
        for (Post post : doc.layer(Post.LAYER)) {
            quotes.add(new Quote(post.start(), post.end(), Quote.Kind.TURN, null, null, post.author()));
        }
        return doc.with(Quote.LAYER, quotes);
    }

    public static final class Provider extends NamedProvider {
        public Provider() {
            super("quotes", resources -> new Quotes(resources.shared(AttributionTagger.class,
                    (Resources r) -> AttributionTagger.load(r.encoderSpec()))));
        }
    }
}
