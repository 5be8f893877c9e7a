package org.rhetorica.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of people and organisations as transcripts and headers write them: capitalised words with
 * lower-case particles between them ("Ursula von der Leyen", "Friends of the Earth"), an optional
 * honorific in front that is not part of the name ("Dr. Helena Varga" is "Helena Varga"), and the
 * initials that later stand for them ("HV", "HWF").
 */
final class Names {
    private Names() {}

    /**
     * Honorifics and offices written before a name ("Dr.", "Vice President", "Mayor"); they are left
     * out of the name itself. "General" is not among them: "General Motors" is a name.
     */
    static final String TITLE = "(?:(?:Vice|Deputy|Acting|Former|Prime)\\s+)?(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame"
            + "|Rev|Revd|Herr|Frau|Mme|Mlle|Sr|Sra|Srta|President|Minister|Senator|Sen|Rep|Gov|Governor|Mayor"
            + "|Councillor|Councilor|Chancellor|Secretary|Judge|Justice|Gen|Col|Capt|Captain|Lt|Sgt|Ambassador"
            + "|Commissioner|Chairman|Chairwoman|Chair|Sheriff)\\.?(?=\\s)";

    /** Words that make a label a heading or a field rather than a name ("Video Transcript", "Claim"). */
    private static final Set<String> NOT_IN_NAMES = Set.of("Advertisement", "Analysis", "Audio", "Breaking", "Caption",
            "Claim", "Credit", "Credits", "Disclaimer", "Editor", "Editors", "Fact", "Facts", "Filed", "Listen",
            "Location", "Note", "Notes", "Opinion", "Photo", "Photos", "Posted", "Published", "Rating", "Related",
            "Share", "Source", "Sources", "Subscribe", "Summary", "Tags", "The", "Topics", "Transcript", "Update",
            "Updated", "Verdict", "Video", "Warning");

    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
    private static final String INITIAL = "\\p{Lu}\\.";
    private static final String PARTICLE = "(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|ibn|al|el|ter|ten|of|the|for|and|&)";

    /** One to six capitalised words, with particles only between them. */
    static final String NAME = "(?:" + INITIAL + "|" + WORD + ")(?:[ \\u00A0](?:" + PARTICLE + "[ \\u00A0]){0,2}(?:"
            + INITIAL + "|" + WORD + ")){0,5}";

    private static final Pattern TITLE_PREFIX = Pattern.compile("^" + TITLE + "\\s+");
    private static final Pattern PARTICLE_WORD = Pattern.compile(PARTICLE);
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0]+");

    /**
     * Title-case words that end a name found in running text: "An Interview With Helena Varga On
     * Energy" names "Helena Varga", not "Helena Varga On Energy".
     */
    private static final Set<String> HEADLINE_WORDS = Set.of("About", "After", "And", "As", "At", "Before", "By",
            "For", "From", "In", "Into", "Is", "On", "Of", "Over", "The", "To", "With");

    /** The name without a leading honorific. */
    static String withoutTitle(String name) {
        return TITLE_PREFIX.matcher(name).replaceFirst("");
    }

    /** A name found in running text, cut before the first headline word and trailing particles. */
    static String trimRunningName(String name) {
        List<String> kept = new ArrayList<>();
        for (String word : SPACES.split(withoutTitle(name))) {
            if (!kept.isEmpty() && HEADLINE_WORDS.contains(word)) {
                break;
            }
            kept.add(word);
        }
        while (!kept.isEmpty() && PARTICLE_WORD.matcher(kept.get(kept.size() - 1)).matches()) {
            kept.remove(kept.size() - 1);
        }
        return String.join(" ", kept);
    }

    static List<String> words(String name) {
        return List.of(SPACES.split(name.strip()));
    }

    /** Whether no word of the name marks it as a heading or a field label. */
    static boolean mayBeName(String name) {
        for (String word : words(name)) {
            if (NOT_IN_NAMES.contains(word) || NOT_IN_NAMES.contains(capitalised(word))) {
                return false;
            }
        }
        return true;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Whether the name has at least two capitalised words, as full names of people and bodies do. */
    static boolean isFull(String name) {
        int capitalised = 0;
        for (String word : words(name)) {
            if (!PARTICLE_WORD.matcher(word).matches()) {
                capitalised++;
            }
        }
        return capitalised >= 2;
    }

    /**
     * The initials a transcript may use for the name, upper case: of the capitalised words
     * ("Harbor Watch Foundation": HWF), and with each part of a hyphenated word ("Jean-Luc Roy": JLR
     * as well as JR).
     */
    static Set<String> initials(String name) {
        StringBuilder byWord = new StringBuilder();
        StringBuilder byPart = new StringBuilder();
        for (String word : words(name)) {
            if (PARTICLE_WORD.matcher(word).matches()) {
                continue;
            }
            byWord.appendCodePoint(word.codePointAt(0));
            for (String part : word.split("-")) {
                if (!part.isEmpty()) {
                    byPart.appendCodePoint(part.codePointAt(0));
                }
            }
        }
        return Set.copyOf(List.of(byWord.toString().toUpperCase(Locale.ROOT), byPart.toString().toUpperCase(Locale.ROOT)));
    }

    /** Whether {@code word} is the first or last capitalised word of {@code name}, ignoring case. */
    static boolean isFirstOrLastWord(String word, String name) {
        List<String> parts = words(name);
        return parts.get(0).equalsIgnoreCase(word) || parts.get(parts.size() - 1).equalsIgnoreCase(word);
    }

    /** A key under which two spellings of one name meet: "SAMUEL OKAFOR" and "Samuel Okafor". */
    static String key(String name) {
        return String.join(" ", words(name)).toLowerCase(Locale.ROOT);
    }

    /** Whether every letter of the text is upper case, as in "SAMUEL OKAFOR". */
    static boolean isAllCaps(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
