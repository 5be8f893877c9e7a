package org.rhetorica.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rhetorica.analysis.quotes.Words;
import org.rhetorica.analysis.quotes.Words.Word;

/**
 * The forms of a name that matter for telling whether two names name the same one: its words
 * without titles, roles, articles and the possessive ("Vermont Sen. Bernie Sanders's" → "Bernie
 * Sanders"), and the initials an acronym is made of ("United Nations" → "UN"). Stateless.
 */
public final class NameForms {
    private NameForms() {}

    /** The words of a name as written, title-free, in a person's name only from its last title or lower-case word on. */
    public static List<String> words(String name, String type) {
        List<Word> tokens = new ArrayList<>(Words.of(name, 0, name.length()));
        // A possessive written apart ("Trump 's", as some tokenisers leave it) is no part of the name.
        int n = tokens.size();
        if (n >= 3 && tokens.get(n - 1).text().equals("s") && isApostrophe(tokens.get(n - 2).text())) {
            tokens = tokens.subList(0, n - 2);
        }
        List<String> words = new ArrayList<>();
        Word previous = null;
        for (Word word : tokens) {
            if (previous != null && previous.end() == word.start() && isInitial(previous.text()) && isInitial(word.text())
                    && !words.isEmpty()) {
                // Initials written together are one word: "U.S.", not "U. S.".
                words.set(words.size() - 1, words.get(words.size() - 1) + word.text());
            } else if (!word.isPunctuation() || word.text().equals("&")) {
                words.add(withoutPossessive(word.text()));
            }
            previous = word;
        }
        if (Entity.PERSON.equals(type)) {
            int from = 0;
            for (int i = 0; i < words.size() - 1; i++) {
                String word = words.get(i);
                if (EntityWords.isTitle(word) || (Character.isLowerCase(word.charAt(0)) && !isParticle(word))) {
                    from = i + 1;
                }
            }
            return List.copyOf(words.subList(from, words.size()));
        }
        int from = 0;
        while (from < words.size() - 1 && EntityWords.lower(words.get(from)).equals("the")) {
            from++;
        }
        return List.copyOf(words.subList(from, words.size()));
    }

    /** The name as {@link #words} makes it, joined by spaces. */
    public static String clean(String name, String type) {
        return String.join(" ", words(name, type));
    }

    /** The key two spellings of one name share: lower case, without dots ("U.S." and "US"). */
    static String key(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT).replace(".", "");
    }

    /**
     * The acronym a name is made of: the initials of its capitalised words ("Pakistan Tehreek-e-Insaf"
     * → "PT", "United Nations" → "UN"), upper case; empty for a name of one word.
     */
    static String initials(List<String> words) {
        if (words.size() < 2 || !acronym(words).isEmpty()) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /**
     * The letters of a name written like an acronym: one word in capitals ("UN", "NAACP") or initials
     * with full stops ("U.N.", "U. S."); else empty.
     */
    static String acronym(List<String> words) {
        StringBuilder letters = new StringBuilder();
        for (String word : words) {
            letters.append(word.replace(".", ""));
        }
        boolean initials = words.size() > 1 && words.stream().allMatch(NameForms::isInitial);
        if ((words.size() != 1 && !initials) || letters.length() < 2 || letters.length() > 8) {
            return "";
        }
        for (int i = 0; i < letters.length(); i++) {
            if (!Character.isUpperCase(letters.charAt(i))) {
                return "";
            }
        }
        return letters.toString();
    }

        /**
     * Whether two person names name one person: the shorter's words stand in the longer in
     * order, ending with its surname ("Sanders", "Bernie Sanders", "Bernard Sanders" is not).
     */
    static boolean samePerson(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (!EntityWords.lower(shorter.get(shorter.size() - 1)).equals(EntityWords.lower(longer.get(longer.size() - 1)))) {
            return false;
        }
        int at = 0;
        for (String word : shorter) {
            while (at < longer.size() && !EntityWords.lower(longer.get(at)).equals(EntityWords.lower(word))) {
                at++;
            }
            if (at == longer.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Whether two organisation names differ only by a corporate suffix ("Acme" and "Acme Corp."). */
    static boolean sameOrganization(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        for (int i = 0; i < longer.size(); i++) {
            if (i < shorter.size() ? !EntityWords.lower(shorter.get(i)).equals(EntityWords.lower(longer.get(i)))
                    : !EntityWords.CORPORATE_SUFFIXES.contains(EntityWords.lower(longer.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParticle(String word) {
        return switch (word) {
            case "de", "van", "von", "der", "da", "di", "du", "la", "le", "bin", "al", "del", "den", "ter", "y", "ibn" -> true;
            default -> false;
        };
    }

    private static boolean isInitial(String token) {
        return token.length() == 2 && Character.isUpperCase(token.charAt(0)) && token.charAt(1) == '.';
    }

    private static boolean isApostrophe(String token) {
        return token.equals("'") || token.equals("\u2019");
    }

    private static String withoutPossessive(String word) {
        for (String suffix : List.of("'s", "\u2019s", "'", "\u2019")) {
            if (word.length() > suffix.length() && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
