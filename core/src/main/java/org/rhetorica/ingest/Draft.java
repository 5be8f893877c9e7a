package org.rhetorica.ingest;

import java.util.List;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;

/** A document read from an input, before it has an id. */
record Draft(String text, Origin origin, PageMetadata metadata, List<String> warnings) {
    Draft {
        warnings = List.copyOf(warnings);
    }

    Document toDocument(String id) {
        Metadata result = metadata.applyTo(Metadata.of(id, origin));
        for (String warning : warnings) {
            result = result.withWarning(warning);
        }
        return Document.of(text, result);
    }
}
