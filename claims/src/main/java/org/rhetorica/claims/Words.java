package org.rhetorica.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The content words (English stems, stop words left out) and the numbers of a text. Thread-safe. */
final class Words {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private Words() {}

    static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        try (TokenStream tokens = ANALYZER.tokenStream("", text)) {
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

    /** Numbers as written, without thousands separators ("1,200" and "1200" are one number). */
    static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group().replaceAll(",(\\d{3})", "$1"));
        }
        return numbers;
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
