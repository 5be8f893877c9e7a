package org.rhetorica.analysis.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rhetorica.analysis.quotes.AttributionTagger.Tagged;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.Span;
import org.rhetorica.text.ArticleHeader;
import org.rhetorica.text.InterviewTurns;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.text.Sentences;
import org.rhetorica.text.ThreadPosts;

/** Documents for the quotes tests, run through the structure annotators, and quotes as seen in the text. */
final class QuoteFixtures {
    private static final Sentences SENTENCES = Sentences.load();

    private QuoteFixtures() {}

    /** A quote as the tests compare it: span and text, kind, cue and speaker mention as text (null if none), speaker. */
    record Seen(int start, int end, String text, Quote.Kind kind, String cue, String mention, String speaker) {}

    static Seen seen(int start, int end, String text, Quote.Kind kind, String cue, String mention, String speaker) {
        return new Seen(start, end, text, kind, cue, mention, speaker);
    }

    static List<Seen> seen(Document doc, List<Quote> quotes) {
        return quotes.stream().map(q -> new Seen(q.start(), q.end(), doc.text(q), q.kind(),
                q.cue() == null ? null : doc.text(q.cue()), q.speakerMention() == null ? null : doc.text(q.speakerMention()),
                q.speaker())).toList();
    }

    /** Paragraphs, sentences, header, interview turns and forum posts, as the pipeline makes them. */
    static Document document(String text) {
        Document doc = Document.of(text, Metadata.of("fixture", new Origin("fixture.txt", 0, text.codePointCount(0, text.length()), null)));
        doc = new Paragraphs().annotate(doc);
        doc = SENTENCES.annotate(doc);
        doc = new ArticleHeader().annotate(doc);
        doc = new InterviewTurns().annotate(doc);
        return new ThreadPosts().annotate(doc);
    }

    /** Quotes from quotation marks and speech frames alone, with {@code tagged} as the tagger's output. */
    static List<Quote> quotes(Document doc, List<Tagged> tagged) {
        return QuoteFinder.find(doc, QuoteMarks.find(doc.text(), doc.layer(Paragraphs.LAYER)), tagged);
    }

    /** The span of the {@code occurrence}-th (from 1) occurrence of {@code words} as whole words in the text. */
    static Span find(String text, String words, int occurrence) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(words)
                + "(?![\\p{L}\\p{N}])").matcher(text);
        for (int i = 0; i < occurrence; i++) {
            if (!m.find()) {
                throw new IllegalArgumentException("'" + words + "' does not occur " + occurrence + " times");
            }
        }
        return new Span(m.start(), m.end());
    }

    static String sample(String name) {
        try {
            return Files.readString(Path.of("samples", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
