package org.rhetorica.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JDK's sentence boundaries, found by walking the text once, forward, as far as asked, and
 * answered from there. The JDK's own iterator goes backwards slowly (each {@code preceding} backs up
 * and scans forward again), and the snippet highlighter asks it for {@code preceding} at every
 * passage: a fifth of a keyword search went there. Boundaries, and so snippets, are the same.
 */
final class ForwardSentenceBreaks extends BreakIterator {
    private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    private CharacterIterator text;
    private int[] found = new int[64];
    private int count;
    /** Whether the walk reached the end of the text. */
    private boolean complete;
    /** The current boundary, as an index into {@code found}. */
    private int at;

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        sentences.setText(newText);
        found[0] = sentences.first();
        count = 1;
        complete = false;
        at = 0;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public int first() {
        at = 0;
        return found[0];
    }

    @Override
    public int last() {
        while (walk()) {
            // to the end
        }
        at = count - 1;
        return found[at];
    }

    @Override
    public int next() {
        if (at + 1 >= count && !walk()) {
            return DONE;
        }
        return found[++at];
    }

    @Override
    public int next(int n) {
        int result = current();
        for (int i = 0; i < Math.abs(n) && result != DONE; i++) {
            result = n > 0 ? next() : previous();
        }
        return result;
    }

    @Override
    public int previous() {
        return at == 0 ? DONE : found[--at];
    }

    @Override
    public int following(int offset) {
        check(offset);
        while (found[count - 1] <= offset && walk()) {
            // until a boundary lies past the offset
        }
        int after = firstAbove(offset);
        if (after == count) {
            at = count - 1;
            return DONE;
        }
        at = after;
        return found[at];
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        while (found[count - 1] < offset && walk()) {
            // until every boundary before the offset is known
        }
        int before = firstAbove(offset - 1) - 1;
        if (before < 0) {
            at = 0;
            return DONE;
        }
        at = before;
        return found[at];
    }

    @Override
    public int current() {
        return found[at];
    }

    /** Finds the next boundary; false at the end of the text. */
    private boolean walk() {
        if (complete) {
            return false;
        }
        int boundary = sentences.next();
        if (boundary == DONE) {
            complete = true;
            return false;
        }
        if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = boundary;
        return true;
    }

    /** The index of the first known boundary above {@code offset}, or {@code count}. */
    private int firstAbove(int offset) {
        int i = Arrays.binarySearch(found, 0, count, offset + 1);
        return i >= 0 ? i : -i - 1;
    }

    private void check(int offset) {
        if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text");
        }
    }
}
