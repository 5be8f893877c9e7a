package org.rhetorica.doc;

/**
 * The typed name of one field of a document's {@link Metadata} that an annotator may fill in (the
 * language, a title found in the text). Annotators declare the fields they write like the layers
 * they produce, so that the pipeline orders them and tests can hold them to it.
 */
public record MetadataField(String name) implements DataKey {
    @Override
    public String toString() {
        return "metadata." + name;
    }
}
