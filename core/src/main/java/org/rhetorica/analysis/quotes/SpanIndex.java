package org.rhetorica.analysis.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.rhetorica.doc.Spanned;

/**
 * Spans in text order, found by the range they overlap in logarithmic time rather than by a walk
 * through all of them: what keeps quote finding linear in the length of a text with thousands of
 * quotations, cues and sentences. Spans may nest and overlap. Immutable.
 *
 * @param <T> what is indexed, by the range {@code range} gives it
 */
final class SpanIndex<T> {
    private final List<T> items;
    private final int[] starts;
    private final int[] ends;
    /** The furthest end among items {@code [0, i]}. */
    private final int[] reach;

    /** @param items sorted by the start of their range */
    SpanIndex(List<T> items, Function<T, ? extends Spanned> range) {
        this.items = List.copyOf(items);
        int n = items.size();
        starts = new int[n];
        ends = new int[n];
        reach = new int[n];
        for (int i = 0; i < n; i++) {
            Spanned span = range.apply(items.get(i));
            starts[i] = span.start();
            ends[i] = span.end();
            reach[i] = Math.max(i == 0 ? Integer.MIN_VALUE : reach[i - 1], span.end());
            if (i > 0 && starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("items are not in text order");
            }
        }
    }

    static <S extends Spanned> SpanIndex<S> of(List<S> spans) {
        return new SpanIndex<>(spans, span -> span);
    }

    /** Items whose range overlaps {@code [from, to)} (shares a character with it), in text order. */
    List<T> overlapping(int from, int to) {
        List<T> found = new ArrayList<>();
        for (int i = lastStartingBefore(to); i >= 0 && reach[i] > from; i--) {
            if (ends[i] > from && starts[i] < to) {
                found.add(items.get(i));
            }
        }
        Collections.reverse(found);
        return found;
    }

    List<T> overlapping(Spanned span) {
        return overlapping(span.start(), span.end());
    }

    /** The first item, in text order, whose range holds {@code offset}, or null. */
    T containing(int offset) {
        List<T> holding = overlapping(offset, offset + 1);
        return holding.isEmpty() ? null : holding.get(0);
    }

    /** The index of the last item that starts before {@code offset}, or -1. */
    private int lastStartingBefore(int offset) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }
}
