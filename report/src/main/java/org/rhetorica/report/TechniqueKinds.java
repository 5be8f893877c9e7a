package org.rhetorica.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rhetorica.analysis.techniques.Technique;
import org.rhetorica.analysis.techniques.TechniqueSpan;

/**
 * The techniques a page shows, numbered: the 14 of {@link Technique} in their order, then any other
 * label met in the results (shown as is, in grey, rather than dropped).
 */
final class TechniqueKinds {
    private static final int KNOWN = Technique.values().length;
    /** Stands for a null label, which a faulty annotator could write. */
    private static final String UNLABELLED = "(no technique label)";

    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();

    TechniqueKinds(Collection<String> labelsMet) {
        for (Technique technique : Technique.values()) {
            add(technique.label());
        }
        labelsMet.forEach(this::add);
    }

    static TechniqueKinds of(List<TechniqueSpan> spans) {
        return new TechniqueKinds(spans.stream().map(TechniqueSpan::technique).toList());
    }

    private void add(String label) {
        String key = label == null ? UNLABELLED : label;
        if (!numbers.containsKey(key)) {
            numbers.put(key, labels.size());
            labels.add(key);
        }
    }

    int size() {
        return labels.size();
    }

    /** The number of a label given to the constructor or a known one. */
    int number(String label) {
        Integer number = numbers.get(label == null ? UNLABELLED : label);
        if (number == null) {
            throw new IllegalArgumentException("technique label '" + label + "' was not given to this page");
        }
        return number;
    }

    /** The technique of number {@code number}, or null for a label outside the inventory. */
    Technique known(int number) {
        return number < KNOWN ? Technique.values()[number] : null;
    }

    String title(int number) {
        return number < KNOWN ? Technique.values()[number].title() : labels.get(number);
    }

    /** The class that gives the technique its colour: {@code tc<n>}, or {@code tcx} outside the inventory. */
    String cssClass(int number) {
        return number < KNOWN ? "tc" + number : "tcx";
    }
}
