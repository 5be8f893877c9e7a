package org.rhetorica.doc;

/**
 * The typed name of one layer of spans. Keys are declared beside the annotator that produces them,
 * for example {@code Sentences.LAYER}.
 *
 * @param name the layer's name in the JSON result
 * @param type the class of the layer's elements
 * @param written whether the layer is part of the JSON result; working layers (token vectors, say) are not
 */
public record Layer<T extends Spanned>(String name, Class<T> type, boolean written) implements DataKey {

    public static <T extends Spanned> Layer<T> written(String name, Class<T> type) {
        return new Layer<>(name, type, true);
    }

    public static <T extends Spanned> Layer<T> working(String name, Class<T> type) {
        return new Layer<>(name, type, false);
    }

    @Override
    public String toString() {
        return name;
    }
}
