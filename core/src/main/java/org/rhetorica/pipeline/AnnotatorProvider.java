package org.rhetorica.pipeline;

import java.util.List;
import java.util.Set;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Layer;

/**
 * Makes an annotator. Providers are found with {@link java.util.ServiceLoader}: each stage lists its
 * own in {@code META-INF/services/org.rhetorica.pipeline.AnnotatorProvider}, so adding an annotator
 * never edits a central list. A provider is light: it says what its annotator produces without
 * loading any model, which is how readers learn the layers a result may hold.
 */
public interface AnnotatorProvider {
    /** A short stable name, used in timings, in {@code --skip} and in every result's pipeline record. */
    String name();

    /** What the annotator produces: the same as its {@link Annotator#produces()} (the contract tests check). */
    Set<DataKey> produces();

    /** Makes the annotator; heavy shared parts (the encoder) come from {@code resources}. */
    Annotator create(Resources resources);

    /** The layers written into results among what the annotator produces. */
    default List<Layer<?>> layers() {
        return produces().stream()
                .filter(key -> key instanceof Layer<?> layer && layer.written())
                .<Layer<?>>map(key -> (Layer<?>) key)
                .sorted(java.util.Comparator.comparing(Layer::name))
                .toList();
    }
}
