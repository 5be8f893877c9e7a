package org.rhetorica.doc;

/** What an annotator can require or produce: a layer of spans, an attachment or a metadata field. */
public sealed interface DataKey permits Layer, Attachment, MetadataField {
    String name();
}
