package org.rhetorica.train.entities;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rhetorica.analysis.entities.Coreference.Name;
import org.rhetorica.analysis.entities.EntityTagger;

/**
 * Exact-span scores of names, as CoNLL scores them: a name is right when a gold name has the same
 * start, end and type. Precision, recall and F1 per type and over all (micro). Immutable.
 */
record NerScorer(Map<String, Counts> byType) {
    /** Right names, names found and gold names. */
    record Counts(int right, int found, int gold) {
        Counts plus(Counts other) {
            return new Counts(right + other.right, found + other.found, gold + other.gold);
        }

        double precision() {
            return found == 0 ? 0 : right / (double) found;
        }

        double recall() {
            return gold == 0 ? 0 : right / (double) gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static final NerScorer NONE = new NerScorer(Map.of());

    NerScorer {
        byType = Map.copyOf(byType);
    }

    /** The score of one document's names. */
    static NerScorer score(List<Name> gold, List<Name> found) {
        Set<Name> golden = new HashSet<>(gold);
        Map<String, Counts> byType = new LinkedHashMap<>();
        for (String type : EntityTagger.TYPES) {
            int right = (int) found.stream().filter(n -> n.type().equals(type) && golden.contains(n)).count();
            byType.put(type, new Counts(right, (int) found.stream().filter(n -> n.type().equals(type)).count(),
                    (int) gold.stream().filter(n -> n.type().equals(type)).count()));
        }
        return new NerScorer(byType);
    }

    NerScorer plus(NerScorer other) {
        Map<String, Counts> sum = new LinkedHashMap<>(byType);
        other.byType.forEach((type, counts) -> sum.merge(type, counts, Counts::plus));
        return new NerScorer(sum);
    }

    Counts all() {
        return byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    /** For a model's provenance: P, R and F1 per type and over all. */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String type : EntityTagger.TYPES) {
            map.put(type, row(byType.getOrDefault(type, new Counts(0, 0, 0))));
        }
        map.put("micro", row(all()));
        return map;
    }

    private static Map<String, Object> row(Counts counts) {
        return Map.of("precision", round(counts.precision()), "recall", round(counts.recall()), "f1", round(counts.f1()),
                "gold", counts.gold());
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    /** A table of the scores, one line a type. */
    String summary() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-13s %6s %6s %6s %6s%n", "type", "P", "R", "F1", "gold"));
        for (String type : EntityTagger.TYPES) {
            table.append(line(type, byType.getOrDefault(type, new Counts(0, 0, 0))));
        }
        return table.append(line("micro", all())).toString();
    }

    private static String line(String label, Counts counts) {
        return String.format(Locale.ROOT, "%-13s %6.4f %6.4f %6.4f %6d%n", label, counts.precision(), counts.recall(), counts.f1(),
                counts.gold());
    }
}
