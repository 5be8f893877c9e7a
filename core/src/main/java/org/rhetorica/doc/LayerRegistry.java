package org.rhetorica.doc;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The written layers a reader knows, by name: what lets {@link DocumentJson#read} turn a layer's JSON
 * back into its records. Each annotator declares the layers it writes beside itself (its provider);
 * the pipeline gathers them ({@code Pipeline.writtenLayers()}). Immutable.
 */
public final class LayerRegistry {
    private final Map<String, Layer<?>> byName;

    private LayerRegistry(Map<String, Layer<?>> byName) {
        this.byName = byName;
    }

    /**
     * @throws IllegalArgumentException if two different layers share a name, or a layer is not written
     */
    public static LayerRegistry of(Collection<? extends Layer<?>> layers) {
        Map<String, Layer<?>> byName = new LinkedHashMap<>();
        for (Layer<?> layer : layers) {
            if (!layer.written()) {
                throw new IllegalArgumentException("layer " + layer.name() + " is a working layer; only written layers are read");
            }
            Layer<?> earlier = byName.putIfAbsent(layer.name(), layer);
            if (earlier != null && !earlier.equals(layer)) {
                throw new IllegalArgumentException("two layers are called " + layer.name() + ": " + earlier.type().getName()
                        + " and " + layer.type().getName());
            }
        }
        return new LayerRegistry(Map.copyOf(byName));
    }

    /** The layer called {@code name}, or null. */
    public Layer<?> get(String name) {
        return byName.get(name);
    }

    public Collection<Layer<?>> layers() {
        return byName.values();
    }
}
