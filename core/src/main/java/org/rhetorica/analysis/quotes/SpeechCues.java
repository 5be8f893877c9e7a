package org.rhetorica.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rhetorica.analysis.quotes.Words.Word;
import org.rhetorica.doc.Span;

/**
 * The English frames that attribute a quotation right beside it: {@code "…," she said},
 * {@code "…," said Mayor Tomas Berglund}, {@code Berglund told reporters: "…"},
 * {@code according to the harbor authority, "…"}. Newspapers write these few frames nearly always,
 * so rules find them more surely than a tagger does. Stateless.
 */
final class SpeechCues {
    /** A cue and the words naming who speaks. */
    record Frame(Span cue, Span speaker) {}

    /** Verbs that report speech, in their base forms; regular inflections are made from them. */
    private static final Set<String> VERBS = Set.of("say", "tell", "add", "ask", "write", "tweet", "post", "explain",
            "insist", "argue", "state", "declare", "announce", "note", "reply", "respond", "continue", "recall", "warn",
            "claim", "acknowledge", "admit", "concede", "complain", "remark", "observe", "suggest", "urge", "shout", "yell",
            "whisper", "joke", "quip", "counter", "conclude", "predict", "promise", "vow", "testify", "answer",
            "emphasize", "emphasise", "stress", "maintain", "contend", "boast", "lament", "caution", "agree", "recount",
            "scoff", "laugh", "sigh", "demand", "wonder", "retort", "confirm", "deny", "comment", "plead", "assure",
            "remind", "muse", "exclaim", "chant", "shrug", "grumble", "concur", "interject", "begin");
    private static final Set<String> IRREGULAR = Set.of("said", "told", "wrote", "written", "says", "tells", "writes",
            "saying", "telling", "writing", "began", "pled");
    /** Verbs whose object belongs to the cue: "told reporters", "told the Coastal Wire". */
    private static final Set<String> TAKES_OBJECT = Set.of("told", "tells", "telling", "tell", "asked", "asks", "asking",
            "answered", "warned", "urged", "reminded", "assured");
    /** Words that may stand between a speaker and the verb: "also said", "has said". */
    private static final Set<String> AUXILIARIES = Set.of("also", "later", "then", "has", "have", "had", "would", "will",
            "once", "previously", "recently", "simply", "repeatedly", "again", "publicly", "quickly", "flatly", "often",
            "frequently", "reportedly", "allegedly", "further");
    /** Plain objects of "told": "told reporters". */
    private static final Set<String> LISTENERS = Set.of("reporters", "journalists", "supporters", "voters", "listeners",
            "viewers", "readers", "residents", "delegates", "students", "police", "investigators", "officials",
            "him", "her", "them", "us", "me", "you", "everyone", "colleagues", "lawmakers", "members", "parliament", "congress");
    /** Words that open a clause inside a sentence. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "as", "when", "while", "where", "so", "yet");
    private static final int MAX_PHRASE_WORDS = 7;

    private SpeechCues() {}

    /** Whether {@code word} is a verb of saying in one of its forms. */
    static boolean isSpeechVerb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR.contains(lower) || VERBS.contains(lower)) {
            return true;
        }
        for (String suffix : List.of("ing", "ed", "es", "s", "d")) {
            if (lower.endsWith(suffix)) {
                String stem = lower.substring(0, lower.length() - suffix.length());
                if (VERBS.contains(stem) || VERBS.contains(stem + "e")
                        || (stem.endsWith("i") && VERBS.contains(stem.substring(0, stem.length() - 1) + "y"))
                        || (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                                && VERBS.contains(stem.substring(0, stem.length() - 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The frame right after a quotation, read in {@code [from, limit)} (from the closing mark to its
     * sentence's end), or null. {@code open} says whether the quotation ends in a comma, question or
     * exclamation mark or a dash: only then may its cue follow it.
     */
    static Frame after(String text, int from, int limit, boolean open) {
        List<Word> words = Words.of(text, from, Math.min(limit, from + 200));
        int i = 0;
        while (i < words.size() && (words.get(i).text().equals(",") || isDash(words.get(i).text()))) {
            open = true;
            i++;
        }
        if (!open || i >= words.size()) {
            return null;
        }
        // "," said Mayor Tomas Berglund
        int verb = skipAuxiliaries(words, i);
        if (verb < words.size() && isSpeechVerb(words.get(verb).text())) {
            List<Integer> ends = phraseEnds(words, verb + 1);
            if (!ends.isEmpty()) {
                int end = ends.get(ends.size() - 1);
                return new Frame(span(words, i, verb + 1), span(words, verb + 1, end));
            }
        }
        // "," Berglund said / "," the mayor told reporters
        List<Integer> ends = phraseEnds(words, i);
        for (int e = ends.size() - 1; e >= 0; e--) {
            int end = ends.get(e);
            int verbAt = skipAuxiliaries(words, end);
            if (verbAt < words.size() && isSpeechVerb(words.get(verbAt).text())) {
                return new Frame(span(words, end, cueEnd(words, verbAt)), span(words, i, end));
            }
        }
        return null;
    }

    /**
     * The frame right before a quotation, read in {@code [limit, to)} (from its sentence's start to
     * the opening mark), or null.
     */
    static Frame before(String text, int limit, int to) {
        List<Word> words = Words.of(text, Math.max(limit, to - 300), to);
        int last = words.size() - 1;
        if (last >= 0 && (words.get(last).text().equals(":") || words.get(last).text().equals(","))) {
            last--;
        }
        if (last < 0 || words.get(last).isPunctuation()) {
            return null;
        }
        // according to the harbor authority, "…"
        for (int a = last - 1; a >= Math.max(0, last - MAX_PHRASE_WORDS - 1); a--) {
            if (words.get(a).lower().equals("according") && words.get(a + 1).lower().equals("to")
                    && phraseEnds(words, a + 2).contains(last + 1)) {
                return new Frame(span(words, a, a + 2), span(words, a + 2, last + 1));
            }
        }
        // said Berglund: "…"
        for (int v = last - 1; v >= Math.max(0, last - MAX_PHRASE_WORDS); v--) {
            if (isSpeechVerb(words.get(v).text()) && phraseEnds(words, v + 1).contains(last + 1)) {
                return new Frame(span(words, auxiliariesBefore(words, v), v + 1), span(words, v + 1, last + 1));
            }
        }
        // Berglund said: "…" / the mayor told the Coastal Wire: "…"
        for (int v = last; v >= Math.max(0, last - MAX_PHRASE_WORDS); v--) {
            if (!isSpeechVerb(words.get(v).text()) || cueEnd(words, v) != last + 1) {
                continue;
            }
            int cueStart = auxiliariesBefore(words, v);
            int clause = cueStart;
            while (clause > 0 && !words.get(clause - 1).isPunctuation()
                    && !CLAUSE_OPENERS.contains(words.get(clause - 1).lower())) {
                clause--;
            }
            for (int start = clause; start < cueStart; start++) {
                if (phraseEnds(words, start).contains(cueStart)) {
                    return new Frame(span(words, cueStart, last + 1), span(words, start, cueStart));
                }
            }
        }
        return null;
    }

    /**
     * Where a phrase naming a speaker that starts at word {@code i} can end (exclusive indices,
     * shortest first): a pronoun; capitalised words ("Mayor Tomas Berglund", "the State Department"),
     * perhaps followed by role words ("the Valdorian prime minister") and another name ("Council
     * finance chair Marcus Oyelaran");
     * or a determiner and a few plain words, perhaps with "for"/"of" and a name ("a spokeswoman for
     * the council").
     */
    static List<Integer> phraseEnds(List<Word> words, int i) {
        List<Integer> ends = new ArrayList<>();
        if (i >= words.size() || words.get(i).isPunctuation()) {
            return ends;
        }
        Word first = words.get(i);
        String lower = first.lower();
        if (Words.PERSONAL_PRONOUNS.contains(lower) || lower.equals("i") || lower.equals("we")) {
            ends.add(i + 1);
            return ends;
        }
        int j = i;
        if (lower.equals("the") && j + 1 < words.size() && isNameWord(words.get(j + 1))) {
            j++;
        }
        if (isNameWord(words.get(j))) {
            int end = nameEnd(words, j);
            for (int e = j + 1; e <= end; e++) {
                if (!Words.NAME_PARTICLES.contains(words.get(e - 1).text())) {
                    ends.add(e);
                }
            }
            // Role words after the capitalised ones: "the Valdorian prime minister", and a name after
            // those: "Council finance chair Marcus Oyelaran", "Oyelaran's rival Petra Quist".
            for (int k = end; k < words.size() && k - end < 3 && isPlainWord(words.get(k)); ) {
                k++;
                if (lower.equals("the")) {
                    ends.add(k);
                }
                if (k < words.size() && isNameWord(words.get(k))) {
                    ends.add(nameEnd(words, k));
                    break;
                }
            }
            return ends;
        }
        if (!Words.DETERMINERS.contains(lower)) {
            return ends;
        }
        int k = i + 1;
        while (k < words.size() && k - i <= 4 && isPlainWord(words.get(k))) {
            k++;
            ends.add(k);
            if (k + 1 < words.size() && (words.get(k).lower().equals("for") || words.get(k).lower().equals("of"))) {
                int m = k + 1;
                if (words.get(m).lower().equals("the") && m + 1 < words.size()) {
                    m++;
                }
                if (isNameWord(words.get(m))) {
                    ends.add(nameEnd(words, m));
                } else if (isPlainWord(words.get(m))) {
                    ends.add(m + 1);
                }
            }
        }
        ends.sort(null);
        return ends;
    }

    private static int nameEnd(List<Word> words, int j) {
        int end = j + 1;
        while (end < words.size() && (isNameWord(words.get(end))
                || (Words.NAME_PARTICLES.contains(words.get(end).text()) && end + 1 < words.size()
                        && isNameWord(words.get(end + 1))))) {
            end++;
        }
        return end;
    }

    private static boolean isNameWord(Word word) {
        return !word.isPunctuation() && word.isCapitalised() && !Words.CALENDAR.contains(word.lower())
                && !(word.text().equals("I"));
    }

    private static boolean isPlainWord(Word word) {
        return !word.isPunctuation() && !Words.BREAKS.contains(word.lower()) && !isSpeechVerb(word.text())
                && !AUXILIARIES.contains(word.lower());
    }

    /** The end of a cue whose verb is word {@code verb}: after its object for verbs like "told". */
    private static int cueEnd(List<Word> words, int verb) {
        if (!TAKES_OBJECT.contains(words.get(verb).lower()) || verb + 1 >= words.size()) {
            return verb + 1;
        }
        if (LISTENERS.contains(words.get(verb + 1).lower())) {
            return verb + 2;
        }
        List<Integer> ends = phraseEnds(words, verb + 1);
        return ends.isEmpty() ? verb + 1 : ends.get(ends.size() - 1);
    }

    private static int skipAuxiliaries(List<Word> words, int i) {
        while (i < words.size() && AUXILIARIES.contains(words.get(i).lower())) {
            i++;
        }
        return i;
    }

    private static int auxiliariesBefore(List<Word> words, int verb) {
        int start = verb;
        while (start > 0 && AUXILIARIES.contains(words.get(start - 1).lower())) {
            start--;
        }
        return start;
    }

    private static boolean isDash(String token) {
        return token.equals("\u2014") || token.equals("\u2013") || token.equals("-");
    }

    private static Span span(List<Word> words, int from, int to) {
        return new Span(words.get(from).start(), words.get(to - 1).end());
    }
}
