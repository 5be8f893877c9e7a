package org.rhetorica.text;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Span;
import org.rhetorica.doc.Spanned;

/**
 * One turn of an interview transcript: what one person says before the other speaks. The span
 * covers what is said, without the speaker's label.
 *
 * @param speaker the speaker's full name as the transcript introduces it, or null if it never does
 * @param role interviewer or interviewee, or null when the transcript does not tell
 * @param label the label that opens the turn in the text ("SO:"), or null for unlabelled turns
 */
public record Turn(int start, int end, String speaker, Role role, Span label) implements Spanned {
    public static final Layer<Turn> LAYER = Layer.written("turns", Turn.class);

    public enum Role {
        INTERVIEWER, INTERVIEWEE;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
