package org.rhetorica.doc;

/** What an annotator can require or produce: a layer of spans or an attachment. */
public sealed interface DataKey permits Layer, Attachment {
    String name();
}
