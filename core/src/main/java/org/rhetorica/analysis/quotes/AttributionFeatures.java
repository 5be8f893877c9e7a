package org.rhetorica.analysis.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rhetorica.analysis.quotes.QuoteMarks.Quotation;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.Encoding;
import org.rhetorica.models.PieceRows;
import org.rhetorica.models.VectorsAndFacts;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.text.Sentences;

/**
 * What the attribution tagger sees of each word piece: its encoder vector, and six facts about its
 * place that two encoder layers, reading one window at a time, do not see: whether it stands inside
 * quotation marks, whether it is a quotation mark, whether it is capitalised, whether it opens a
 * sentence or a paragraph, and whether it is punctuation. Training and analysis both compute them here.
 */
public final class AttributionFeatures {
    static final int EXTRA = 6;

    private AttributionFeatures() {}

    static int size(int dim) {
        return dim + EXTRA;
    }

    /** Features of every piece: its vector, then the six facts. */
    public static PieceRows of(Document doc, List<Quotation> quotations) {
        EncodedText vectors = doc.attachment(Encoding.VECTORS);
        String text = doc.text();
        boolean[] inside = new boolean[text.length() + 1];
        boolean[] mark = new boolean[text.length() + 1];
        for (Quotation quotation : quotations) {
            fill(inside, quotation.inside());
            fill(mark, new Span(quotation.marks().start(), quotation.inside().start()));
            fill(mark, new Span(quotation.inside().end(), quotation.marks().end()));
        }
        Set<Integer> sentenceStarts = starts(doc.layer(Sentences.LAYER));
        Set<Integer> paragraphStarts = starts(doc.layer(Paragraphs.LAYER));
        float[] facts = new float[vectors.size() * EXTRA];
        for (int piece = 0; piece < vectors.size(); piece++) {
            int start = vectors.start(piece);
            char first = text.charAt(start);
            int at = piece * EXTRA;
            facts[at] = inside[start] ? 1 : 0;
            facts[at + 1] = mark[start] ? 1 : 0;
            facts[at + 2] = Character.isUpperCase(first) ? 1 : 0;
            facts[at + 3] = sentenceStarts.contains(start) ? 1 : 0;
            facts[at + 4] = paragraphStarts.contains(start) ? 1 : 0;
            facts[at + 5] = Character.isLetterOrDigit(first) ? 0 : 1;
        }
        return new VectorsAndFacts(vectors, facts, EXTRA);
    }

    private static void fill(boolean[] flags, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            flags[i] = true;
        }
    }

    private static Set<Integer> starts(List<Span> spans) {
        Set<Integer> starts = new HashSet<>();
        spans.forEach(span -> starts.add(span.start()));
        return starts;
    }
}
