package org.rhetorica.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rhetorica.analysis.Speakers;
import org.rhetorica.analysis.WrittenWords;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.models.Encoding;
import org.rhetorica.pipeline.Annotator;
import org.rhetorica.pipeline.NamedProvider;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.text.HeaderPart;
import org.rhetorica.text.Post;
import org.rhetorica.text.Sentences;
import org.rhetorica.text.Turn;

/**
 * The claims layer: sentences that make a check-worthy factual claim, each with a calibrated score
 * and, inside a quote, interview turn or forum post, its speaker. Bylines and datelines are not
 * claims. Reads the shared encoder's vectors; runs no transformer of its own. English only.
 */
public final class Claims implements Annotator {
    /** What this annotator produces, declared once for it and its provider. */
    public static final Set<DataKey> PRODUCES = Set.of(ClaimSpan.LAYER);
    private final CheckWorthiness model;

    Claims(CheckWorthiness model) {
        this.model = model;
    }

    @Override
    public Set<DataKey> requires() {
        return Set.of(Encoding.VECTORS, Sentences.LAYER);
    }

    @Override
    public Set<DataKey> uses() {
        return Set.of(Quote.LAYER, Turn.LAYER, Post.LAYER, HeaderPart.LAYER);
    }

    @Override
    public Set<DataKey> produces() {
        return PRODUCES;
    }

    @Override
    public Map<String, String> models() {
        return Map.of(model.name(), model.sha256());
    }

    @Override
    public boolean appliesTo(Document doc) {
        return doc.isEnglish();
    }

    @Override
    public Document annotate(Document doc) {
        List<Span> sentences = doc.layer(Sentences.LAYER).stream()
                .filter(sentence -> WrittenWords.contain(doc, sentence) && !inByline(doc, sentence)).toList();
        double[] scores = model.scores(doc, sentences);
        List<ClaimSpan> claims = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (scores[i] >= model.threshold()) {
                Span sentence = sentences.get(i);
                claims.add(new ClaimSpan(sentence.start(), sentence.end(), Math.round(scores[i] * 1000) / 1000.0,
                        speaker(doc, sentence), null, null));
            }
        }
        return doc.with(ClaimSpan.LAYER, claims);
    }

    /**
     * Who makes the claim: as for every layer ({@link Speakers}), and else the speaker of a quotation
     * that covers most of the sentence, since a sentence made of a quotation and its attribution
     * ("'Unemployment fell,' said Ida Brun.") starts outside the quotation.
     */
    private static String speaker(Document doc, Span sentence) {
        String speaker = Speakers.at(doc, sentence);
        if (speaker != null) {
            return speaker;
        }
        for (Quote quote : doc.layer(Quote.LAYER)) {
            int overlap = Math.min(quote.end(), sentence.end()) - Math.max(quote.start(), sentence.start());
            if (quote.speaker() != null && 2 * overlap >= sentence.length()) {
                return quote.speaker();
            }
        }
        return null;
    }

    private static boolean inByline(Document doc, Span sentence) {
        return doc.layer(HeaderPart.LAYER).stream()
                .anyMatch(part -> part.kind() != HeaderPart.Kind.HEADLINE && part.overlaps(sentence));
    }

    public static final class Provider extends NamedProvider {
        public Provider() {
            super("claims", PRODUCES, resources -> new Claims(resources.shared(CheckWorthiness.class,
                    (Resources r) -> CheckWorthiness.load(r.encoderSpec()))));
        }
    }
}
