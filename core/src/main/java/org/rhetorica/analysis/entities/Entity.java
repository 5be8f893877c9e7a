package org.rhetorica.analysis.entities;

import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Spanned;

/**
 * A mention of a person, organisation or place.
 *
 * @param type PERSON, ORGANIZATION or LOCATION
 * @param entity an id shared by every mention of the same entity in the document ("Imran Khan",
 *     "Khan", "the prime minister", "he")
 * @param name the entity's fullest name in the document, in a canonical form shared across documents
 */
public record Entity(int start, int end, String type, String entity, String name) implements Spanned {
    public static final Layer<Entity> LAYER = Layer.written("entities", Entity.class);
}
