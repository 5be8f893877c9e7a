package org.rhetorica.doc;

/**
 * Anything that covers a half-open range {@code [start, end)} of a document's text.
 *
 * <p>Offsets are UTF-16 indices, as Java strings count. They become Unicode code points only when
 * written out, in {@link CodePoints}: that is the one place where the two conventions meet.
 */
public interface Spanned {
    int start();

    int end();

    default int length() {
        return end() - start();
    }

    default boolean contains(Spanned other) {
        return start() <= other.start() && other.end() <= end();
    }

    default boolean overlaps(Spanned other) {
        return start() < other.end() && other.start() < end();
    }

    default boolean contains(int offset) {
        return start() <= offset && offset < end();
    }
}
