package org.rhetorica.doc;

/**
 * The typed name of a value attached to a document that is not a layer of spans and is never
 * written out, such as the encoder's token vectors.
 */
public record Attachment<T>(String name, Class<T> type) implements DataKey {
    @Override
    public String toString() {
        return name;
    }
}
