package org.rhetorica.train.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rhetorica.claims.Rows;

/**
 * Pairs of claims labelled by hand: {@code paraphrase} (the same claim in other words),
 * {@code same_topic} (another claim on the same subject) or {@code unrelated}. A tab-separated file
 * with the header {@code a<TAB>b<TAB>label}; what the same-claim check is scored on.
 */
record SameClaimPairs(List<Pair> pairs) {
    enum Label {
        PARAPHRASE, SAME_TOPIC, UNRELATED;

        boolean same() {
            return this == PARAPHRASE;
        }
    }

    record Pair(String a, String b, Label label) {}

    static SameClaimPairs read(Path file) {
        List<Pair> pairs = new ArrayList<>();
        for (Rows.Row row : Rows.delimited(file, Rows.text(file), '\t', true)) {
            String a = Rows.field(row.fields(), "a");
            String b = Rows.field(row.fields(), "b");
            String label = Rows.field(row.fields(), "label");
            if (a == null || b == null || label == null) {
                throw new org.rhetorica.io.InvalidInputException(file + ":" + row.line() + ": a pair needs a, b and label");
            }
            try {
                pairs.add(new Pair(a, b, Label.valueOf(label.toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                throw new org.rhetorica.io.InvalidInputException(file + ":" + row.line() + ": label " + label
                        + " is not paraphrase, same_topic or unrelated");
            }
        }
        return new SameClaimPairs(List.copyOf(pairs));
    }
}
