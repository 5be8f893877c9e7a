package org.rhetorica.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words and punctuation of a stretch of text, and what the quote rules need to know of English
 * words: pronouns, titles, determiners and the words that end a name. Stateless.
 */
public final class Words {
    /** A word or a punctuation mark; a title or initial keeps its full stop ("Mr.", "J."). */
    public record Word(int start, int end, String text) {
        public boolean isCapitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        public boolean isPunctuation() {
            return !Character.isLetterOrDigit(text.charAt(0));
        }

        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’-]*[\\p{L}\\p{N}])?\\.?|\\S");

    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they", "it", "him", "her", "them", "his", "hers", "their");
    static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our");
    static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "two", "three", "several", "many", "some", "his",
            "her", "their", "its", "our", "this", "that", "these", "those", "another", "other", "most", "few", "both");
    /** Words before a name that are no part of it: honorifics and offices. */
    public static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "prof.", "lt.",
            "col.", "sgt.", "capt.", "rev.", "st.", "mr", "mrs", "ms", "dr", "president", "mayor", "senator", "councillor",
            "councilor", "councilman", "councilwoman", "governor", "minister", "secretary", "judge", "chancellor",
            "representative", "congressman", "congresswoman", "professor", "sir", "dame", "lord", "lady", "king", "queen",
            "prince", "princess", "chief", "general", "commissioner", "director", "chairman", "chairwoman", "chair",
            "speaker", "sheriff", "detective", "officer", "inspector", "pastor", "father", "bishop", "justice", "premier",
            "ambassador", "deputy", "vice", "former", "candidate", "nominee", "rabbi", "imam", "coach", "captain",
            "sergeant", "colonel", "lieutenant", "admiral", "attorney");
    /** Words that never belong to a name or noun phrase naming a speaker: they start a new part of the clause. */
    public static final Set<String> BREAKS = Set.of("after", "before", "in", "on", "at", "during", "when", "while", "as", "to",
            "that", "who", "which", "and", "but", "with", "from", "by", "about", "last", "this", "into", "because", "if",
            "than", "then", "also", "later", "earlier", "today", "yesterday", "tonight", "said", "says", "told", "is", "was",
            "were", "are", "has", "had", "have", "not", "would", "could", "should", "did", "does", "do");
    /** Capitalised words that name a time, not a speaker. */
    static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december");
    /** Lower-case words that may sit inside a name: "Duchy of Elling", "Anna van Dijk". */
    static final Set<String> NAME_PARTICLES = Set.of("of", "de", "van", "von", "der", "da", "di", "du", "la", "le", "bin",
            "al", "del", "den", "ter", "y");

    private Words() {}

    /** Words and punctuation marks of {@code text} in {@code [from, to)}. */
    public static List<Word> of(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            int end = m.end();
            String token = m.group();
            // A full stop belongs to a title or an initial only; elsewhere it ends the sentence.
            if (token.length() > 1 && token.endsWith(".") && !isAbbreviation(token)) {
                end--;
                words.add(new Word(m.start(), end, text.substring(m.start(), end)));
                words.add(new Word(end, end + 1, "."));
            } else {
                words.add(new Word(m.start(), end, token));
            }
        }
        return words;
    }

    private static boolean isAbbreviation(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return TITLES.contains(lower) || (token.length() == 2 && Character.isUpperCase(token.charAt(0)))
                || lower.equals("jr.") || lower.equals("sr.");
    }

    public static boolean isPronoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return PERSONAL_PRONOUNS.contains(lower) || FIRST_PERSON.contains(lower) || RELATIVE_PRONOUNS.contains(lower);
    }
}
