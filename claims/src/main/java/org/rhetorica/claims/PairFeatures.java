package org.rhetorica.claims;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the same-claim check knows of two claims: how close their vectors are, how many content words
 * and numbers they share, and whether one denies what the other says. Symmetric: the features of
 * (a, b) are those of (b, a). The names go into the model's provenance.
 */
final class PairFeatures {
    static final List<String> NAMES = List.of(
            "cosine",
            "word_jaccard", // shared content words over all content words
            "words_covered_min", // the smaller of the shares of each claim's content words the other has
            "words_covered_max",
            "numbers_shared", // shared numbers over the numbers of the claim with more; 1 when neither has any
            "numbers_conflict", // 1 when both give numbers and share none
            "negation_differs", // 1 when one claim has a negation ("not", "never", "no", "n't") and the other has none
            "direction_differs", // 1 when one claim says up (rose, more, increased) and the other down (fell, less, cut)
            "length_ratio"); // the shorter claim's content words over the longer's

    static final int SIZE = NAMES.size();

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no|none|nobody|nothing|neither|nor)\\b|n't\\b");
    private static final Pattern UP = Pattern.compile("(?i)\\b(?:ris(?:e|es|en|ing)|rose|increas(?:e|ed|es|ing)|gr[eo]w(?:s|n|ing)?|"
            + "rais(?:e|ed|es|ing)|more|higher|up|gain(?:ed|s)?|doubl(?:e|ed|es)|tripl(?:e|ed|es)|grew|soar(?:ed|s)?|climb(?:ed|s)?|"
            + "won|win(?:s)?|allow(?:ed|s)?)\\b");
    private static final Pattern DOWN = Pattern.compile("(?i)\\b(?:fall(?:s|en|ing)?|fell|decreas(?:e|ed|es|ing)|shr[ai]nk(?:s|ing)?|"
            + "shrunk|cut(?:s|ting)?|less|fewer|lower|down|los(?:e|es|t|ing)|halv(?:e|ed|es)|drop(?:ped|s)?|plung(?:e|ed|es)|"
            + "declin(?:e|ed|es)|ban(?:ned|s)?|reduc(?:e|ed|es))\\b");

    private PairFeatures() {}

    /** What the features read of one claim, computed once per claim. */
    record Side(float[] vector, Set<String> stems, Set<String> numbers, boolean negated, boolean up, boolean down) {
        static Side of(String text, float[] vector) {
            return new Side(vector, Words.stems(text), Words.numbers(text), NEGATION.matcher(text).find(),
                    UP.matcher(text).find(), DOWN.matcher(text).find());
        }
    }

    static float[] of(Side a, Side b) {
        int shared = 0;
        for (String stem : a.stems()) {
            if (b.stems().contains(stem)) {
                shared++;
            }
        }
        int union = a.stems().size() + b.stems().size() - shared;
        float aCovered = a.stems().isEmpty() ? 0 : (float) shared / a.stems().size();
        float bCovered = b.stems().isEmpty() ? 0 : (float) shared / b.stems().size();
        int sharedNumbers = 0;
        for (String number : a.numbers()) {
            if (b.numbers().contains(number)) {
                sharedNumbers++;
            }
        }
        int mostNumbers = Math.max(a.numbers().size(), b.numbers().size());
        int shorter = Math.min(a.stems().size(), b.stems().size());
        int longer = Math.max(a.stems().size(), b.stems().size());
        return new float[] {
            TextVectors.dot(a.vector(), b.vector()),
            union == 0 ? 0 : (float) shared / union,
            Math.min(aCovered, bCovered),
            Math.max(aCovered, bCovered),
            mostNumbers == 0 ? 1 : (float) sharedNumbers / mostNumbers,
            !a.numbers().isEmpty() && !b.numbers().isEmpty() && sharedNumbers == 0 ? 1 : 0,
            a.negated() != b.negated() ? 1 : 0,
            (a.up() && !a.down() && b.down() && !b.up()) || (a.down() && !a.up() && b.up() && !b.down()) ? 1 : 0,
            longer == 0 ? 0 : (float) shorter / longer};
    }
}
