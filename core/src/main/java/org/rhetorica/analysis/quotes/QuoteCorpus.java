package org.rhetorica.analysis.quotes;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rhetorica.analysis.Speakers;
import org.rhetorica.corpus.CorpusContributor;
import org.rhetorica.corpus.CorpusEntry;
import org.rhetorica.corpus.Facet;
import org.rhetorica.corpus.RecordFields;
import org.rhetorica.corpus.SpanRow;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;

/**
 * The quotes layer in a corpus index: facet {@code speaker}, a tally per quote by kind and speaker,
 * and the words each voice speaks (series {@code words}, by the rule that gives technique spans their
 * speaker), which charts divide technique counts by.
 */
public final class QuoteCorpus implements CorpusContributor {
    public static final Facet SPEAKER = new Facet("speaker", "Speakers");
    public static final String WORDS = "words";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final Set<String> IN_COLUMNS = Set.of("speaker", "kind");

    @Override
    public String layer() {
        return Quote.LAYER.name();
    }

    @Override
    public List<Facet> facets() {
        return List.of(SPEAKER);
    }

    @Override
    public void contribute(Document doc, CorpusEntry entry) {
        for (Quote quote : doc.layer(Quote.LAYER)) {
            if (quote.kind() != Quote.Kind.MENTION) {
                entry.facet(SPEAKER.name(), quote.speaker()).tally(layer(), kind(quote), quote.speaker(), 1);
            }
        }
        Matcher words = WORD.matcher(doc.text());
        while (words.find()) {
            entry.tally(WORDS, "", Speakers.at(doc, new Span(words.start(), words.end())), 1);
        }
    }

    @Override
    public List<SpanRow> rows(Document doc) {
        return doc.layer(Quote.LAYER).stream()
                .map(quote -> new SpanRow(quote.start(), quote.end(), quote.speaker(), kind(quote), kind(quote), null,
                        RecordFields.values(doc, quote, IN_COLUMNS)))
                .toList();
    }

    @Override
    public List<String> extraColumns() {
        return RecordFields.names(Quote.class, IN_COLUMNS);
    }

    private static String kind(Quote quote) {
        return quote.kind() == null ? null : quote.kind().json();
    }
}
