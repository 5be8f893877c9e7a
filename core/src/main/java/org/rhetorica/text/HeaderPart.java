package org.rhetorica.text;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Spanned;

/**
 * One part of the matter around an article's body: its headline, a byline ("By Mara Lindqvist"), a
 * dateline ("PORT ELLING, March 3 (Coastal Wire) -" or a date of its own) or an editor's note.
 *
 * @param kind which part this is
 */
public record HeaderPart(int start, int end, Kind kind) implements Spanned {
    public static final Layer<HeaderPart> LAYER = Layer.written("header", HeaderPart.class);

    public enum Kind {
        HEADLINE, BYLINE, DATELINE, EDITORS_NOTE;

        /** "headline", "byline", "dateline", "editors-note". */
        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
