package org.rhetorica.analysis.entities;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Spanned;

/**
 * A mention of a person, organisation or place.
 *
 * @param type PERSON, ORGANIZATION or LOCATION
 * @param entity an id shared by every mention of the same entity in the document ("Imran Khan",
 *     "Khan", "the prime minister", "he"): {@code e1}, {@code e2}, ... in order of first mention
 * @param name the entity's fullest name in the document, without titles and roles ("Imran Khan")
 * @param kind how this mention refers to the entity
 */
public record Entity(int start, int end, String type, String entity, String name, Kind kind) implements Spanned {
    public static final Layer<Entity> LAYER = Layer.written("entities", Entity.class);

    public static final String PERSON = "PERSON";
    public static final String ORGANIZATION = "ORGANIZATION";
    public static final String LOCATION = "LOCATION";

    public enum Kind {
        /** A name: "Imran Khan", "Khan", "PTI". */
        NAME,
        /** A common noun phrase: "the prime minister", "the party". */
        NOMINAL,
        /** A pronoun: "he", "its". */
        PRONOUN;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether {@code word} is a noun that heads organisations' names ("board", "ministry"). */
    public static boolean isOrganisationNoun(String word) {
        return EntityWords.ORGANIZATION_NOUNS.contains(EntityWords.lower(word));
    }

    /** Whether this is a person or an organisation: what may speak. */
    public boolean canSpeak() {
        return PERSON.equals(type) || ORGANIZATION.equals(type);
    }
}
