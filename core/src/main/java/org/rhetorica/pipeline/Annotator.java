package org.rhetorica.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.PipelineSpec;

/**
 * Reads a document and returns it with the layers it produces added. Annotators hold no per-call
 * state and are safe to call from several threads at once.
 */
public interface Annotator {
    /** Layers and attachments that must be on the document before {@link #annotate} is called. */
    Set<DataKey> requires();

    /**
     * Layers read when some annotator produces them, ignored otherwise: the annotator runs after
     * their producers but does not need them.
     */
    default Set<DataKey> uses() {
        return Set.of();
    }

    /** Layers and attachments the returned document has that the input did not. */
    Set<DataKey> produces();

    /** Whether this annotator applies to the document; English-only models say no to other languages. */
    default boolean appliesTo(Document doc) {
        return true;
    }

    Document annotate(Document doc);

    /**
     * The trained models this annotator runs, by name, each with the SHA-256 of the file it loaded;
     * empty for rules. They go into every result's pipeline record.
     */
    default Map<String, String> models() {
        return Map.of();
    }

    /** The shared encoder, for the one annotator that runs it; empty for the others. */
    default Optional<PipelineSpec.Encoder> encoder() {
        return Optional.empty();
    }
}
