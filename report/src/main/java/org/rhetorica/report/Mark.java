package org.rhetorica.report;

import java.util.Comparator;

/**
 * One highlight over the text: the range it covers and the opening tag of the element that shows it
 * (always a {@code <span>}, closed by {@code </span>}).
 *
 * @param start first UTF-16 index covered
 * @param end UTF-16 index after the last one covered
 * @param rank which of two marks of the same extent goes outside: the lower rank
 * @param openTag the complete opening tag, attributes already escaped
 */
record Mark(int start, int end, int rank, String openTag) {
    /** Outer marks first: those that start earlier, then those that end later, then lower ranks. */
    static final Comparator<Mark> OUTER_FIRST = Comparator.comparingInt(Mark::start)
            .thenComparing(Comparator.comparingInt(Mark::end).reversed())
            .thenComparingInt(Mark::rank);
}
