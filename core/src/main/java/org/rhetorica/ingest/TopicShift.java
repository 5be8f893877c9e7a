package org.rhetorica.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much the words of two stretches of text have in common: the cosine of their content-word
 * counts (words of three letters or more, stop words left out). Articles run together in one file
 * share few words across the seam where one ends and the next begins; a sub-heading within one
 * article shares many (TextTiling's observation). Stateless.
 */
final class TopicShift {
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "this", "was", "are", "but", "not",
            "have", "has", "had", "his", "her", "its", "they", "their", "them", "she", "him", "you", "your", "our", "who",
            "what", "when", "where", "which", "will", "would", "could", "should", "can", "from", "been", "were", "there",
            "than", "then", "also", "about", "after", "before", "into", "over", "more", "most", "some", "such", "said",
            "says", "one", "two", "all", "any", "out", "new", "just", "like", "only", "other", "because", "while", "these",
            "those", "being", "does", "did", "how", "why", "now", "may", "many", "much", "very", "even", "still", "last",
            "first", "year", "years", "time", "people", "make", "made", "get", "got", "way", "well", "back", "see");

    private TopicShift() {}

    /** Content-word counts of {@code text}. */
    static Map<String, Integer> words(CharSequence text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text.toString().toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The cosine of two word counts, 0 when either is empty. */
    static double similarity(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        for (Map.Entry<String, Integer> word : a.entrySet()) {
            dot += word.getValue() * (double) b.getOrDefault(word.getKey(), 0);
        }
        double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static double norm(Map<String, Integer> counts) {
        double sum = 0;
        for (int count : counts.values()) {
            sum += (double) count * count;
        }
        return Math.sqrt(sum);
    }
}
