package org.rhetorica.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.analysis.techniques.TechniqueSpan;
import org.rhetorica.doc.Document;

/** Counts over one document's quotes and techniques, for the document page and the corpus page. */
final class Tallies {
    private Tallies() {}

    /** How much one speaker is quoted. */
    record QuoteTally(int quotes, int words) {
        QuoteTally plus(QuoteTally other) {
            return new QuoteTally(quotes + other.quotes, words + other.words);
        }
    }

    /** Quotes and their words by speaker, in order of first quote; the null key holds quotes without a speaker. */
    static Map<String, QuoteTally> quotesBySpeaker(Document doc) {
        Map<String, QuoteTally> tallies = new LinkedHashMap<>();
        for (Quote quote : doc.layer(Quote.LAYER)) {
            tallies.merge(quote.speaker(), new QuoteTally(1, words(doc.text(), quote.start(), quote.end())), QuoteTally::plus);
        }
        return tallies;
    }

    /**
     * Technique spans by speaker, then by technique label, in order of first use; the null key
     * holds the spans in the document's own voice.
     */
    static Map<String, Map<String, Integer>> techniquesBySpeaker(Document doc) {
        Map<String, Map<String, Integer>> tallies = new LinkedHashMap<>();
        for (TechniqueSpan span : doc.layer(TechniqueSpan.LAYER)) {
            tallies.computeIfAbsent(span.speaker(), speaker -> new LinkedHashMap<>()).merge(span.technique(), 1, Integer::sum);
        }
        return tallies;
    }

    /** The number of words, runs of characters between white space, in {@code text[from, to)}. */
    static int words(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
