package org.rhetorica.analysis.quotes;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Span;
import org.rhetorica.doc.Spanned;

/**
 * An attributed statement. The span covers the content, what is said.
 *
 * @param kind how the text reports it
 * @param cue the words that mark the attribution ("said", "according to"), or null (turns, posts)
 * @param speakerMention the words in the text that name the speaker, possibly a pronoun, or null
 * @param speaker who says it: the name of the person or organisation its speaker mention refers to
 *     (from the entities layer), an interview turn's speaker, a forum post's author; null when the text
 *     does not say, or names no person or organisation ("a spokeswoman", "Pakistani")
 * @param speakerEntity the id of the entity (in the entities layer) the speaker mention refers to, or null
 */
public record Quote(int start, int end, Kind kind, Span cue, Span speakerMention, String speaker, String speakerEntity)
        implements Spanned {
    public static final Layer<Quote> LAYER = Layer.written("quotes", Quote.class);

    public enum Kind {
        /** In quotation marks. */
        DIRECT,
        /** Reported speech: "X said that ...", "according to X, ...". */
        INDIRECT,
        /** An interview turn or forum post, attributed by the document's structure. */
        TURN,
        /** Quotation marks around something that is not a statement: a scare quote, a title, a slogan. */
        MENTION;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
