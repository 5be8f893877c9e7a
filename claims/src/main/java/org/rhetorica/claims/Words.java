package org.rhetorica.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The content words (English stems, stop words left out), the word pairs and the numbers of a text.
 * Thread-safe.
 */
final class Words {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)\\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety|hundred)\\b");
    private static final java.util.Map<String, String> NUMBER_WORDS = numberWords();
    private static final Analyzer ANALYZER = new EnglishAnalyzer();
    /** Stems with stop words kept: "no obstruction" stays a pair. */
    private static final Analyzer ALL_WORDS = new EnglishAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET);

    private Words() {}

    static Set<String> stems(String text) {
        return terms(ANALYZER, text);
    }

    /** Neighbouring stems, stop words included, as "first second". */
    static Set<String> pairs(String text) {
        List<String> stems = new java.util.ArrayList<>(termList(ALL_WORDS, text));
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 1; i < stems.size(); i++) {
            pairs.add(stems.get(i - 1) + " " + stems.get(i));
        }
        return pairs;
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        return new LinkedHashSet<>(termList(analyzer, text));
    }

    private static List<String> termList(Analyzer analyzer, String text) {
        List<String> stems = new java.util.ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a text held in memory", e);
        }
        return stems;
    }

    /**
     * Numbers as digits, without thousands separators ("1,200" and "1200" are one number), and number
     * words up to a hundred ("ten" is 10).
     */
    static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group().replaceAll(",(\\d{3})", "$1"));
        }
        Matcher words = NUMBER_WORD.matcher(text);
        while (words.find()) {
            numbers.add(NUMBER_WORDS.get(words.group(1).toLowerCase(java.util.Locale.ROOT)));
        }
        return numbers;
    }

    /** Whether a number says much when two texts share it: not a year (1900 to 2039) nor a small count or day (up to 31). */
    static boolean telling(String number) {
        if (!number.matches("\\d+")) {
            return true;
        }
        if (number.length() > 6) {
            return true;
        }
        int value = Integer.parseInt(number);
        return value > 31 && (value < 1900 || value > 2039);
    }

    private static java.util.Map<String, String> numberWords() {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        java.util.Map<String, String> words = new java.util.HashMap<>();
        for (int i = 0; i < small.length; i++) {
            words.put(small[i], Integer.toString(i));
        }
        String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            words.put(tens[i], Integer.toString(30 + 10 * i));
        }
        words.put("hundred", "100");
        return java.util.Map.copyOf(words);
    }

    /** The share of {@code part} that is in {@code whole}; 0 for an empty part. */
    static float covered(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        int in = 0;
        for (String word : part) {
            if (whole.contains(word)) {
                in++;
            }
        }
        return (float) in / part.size();
    }
}
