package org.rhetorica.index;

import java.util.ArrayList;
import java.util.List;
import org.rhetorica.analysis.claims.ClaimSpan;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.analysis.techniques.TechniqueSpan;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.PipelineSpec;
import org.rhetorica.doc.Span;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.text.Sentences;

/**
 * A small made-up corpus of analysed documents for the index's tests: layers laid by hand, so that
 * every count a test expects can be read off here.
 */
public final class CorpusFixtures {
    /** What "analysed" them: a spec no pipeline on the class path makes, so --reanalyze would redo them. */
    public static final PipelineSpec FIXTURE_PIPELINE = new PipelineSpec("fixture", null, java.util.Map.of(), List.of("by-hand"));

    private CorpusFixtures() {}

    /** Six documents: two sources, three months, one near-duplicate pair, speakers and techniques. */
    public static List<Document> documents() {
        List<Document> docs = new ArrayList<>();
        docs.add(new Builder("ferry-vote", "Council votes to end ferry subsidy", "Coastal Wire", "2025-06-24",
                "The council voted to end the ferry subsidy on Tuesday. Lena Holm said \"this is a betrayal of every family on the islands\" after the vote. "
                        + "The mayor said the money was not there. Nobody on the council spoke for the islands during the long debate, "
                        + "and the public gallery stayed silent until the very end of a meeting that lasted more than four hours.")
                .quote("this is a betrayal of every family on the islands", "Lena Holm", Quote.Kind.DIRECT)
                .technique("betrayal", "Loaded_Language", 0.61, "Lena Holm")
                .build());
        docs.add(new Builder("ferry-vote-copy", "Regional council ends island ferry subsidy", "Metro Daily", "2025-06-25",
                "The council voted to end the ferry subsidy on Tuesday. Lena Holm said \"this is a betrayal of every family on the islands\" after the vote. "
                        + "The mayor said the money was not there. Nobody on the council spoke for the islands during the long debate, "
                        + "and the public gallery stayed silent until the very end of a meeting that lasted more than four hours. First published by the Coastal Wire.")
                .quote("this is a betrayal of every family on the islands", "Lena Holm", Quote.Kind.DIRECT)
                .technique("betrayal", "Loaded_Language", 0.61, "Lena Holm")
                .build());
        docs.add(new Builder("water-cuts", "Water board cuts irrigation permits", "Valley Courier", "2025-03-11",
                "The water board cut irrigation permits by a third. Petra Nyberg called it \"the most shameful decision in the history of the valley\" on Tuesday. "
                        + "Can we really trust a board that waited so long?")
                .quote("the most shameful decision in the history of the valley", "Petra Nyberg", Quote.Kind.DIRECT)
                .technique("the most shameful decision in the history of the valley", "Exaggeration,Minimisation", 0.44, "Petra Nyberg")
                .technique("Can we really trust a board that waited so long?", "Doubt", 0.30, null)
                .build());
        docs.add(new Builder("bread-prices", "Bread prices rise", "Valley Courier", "2025-06-17",
                "Bakeries raised bread prices this week. Petra Nyberg said bread costs more because the water board panicked.")
                .quote("bread costs more because the water board panicked", "Petra Nyberg", Quote.Kind.INDIRECT)
                .technique("bread costs more because the water board panicked", "Causal_Oversimplification", 0.25, "Petra Nyberg")
                .build());
        docs.add(new Builder("old-town", "City closes old town to cars", "Metro Daily", "2025-04-22",
                "The city will close the old town to cars on weekends. Sofia Lind said other cities had done it and thrived.")
                .quote("other cities had done it and thrived", "Sofia Lind", Quote.Kind.INDIRECT)
                .build());
        docs.add(new Builder("undated-note", "A note with <script>alert('x')</script> in its title", null, null,
                "An undated note about the ferry, with <b>markup</b> & \"quotes\" that must stay text.")
                .build());
        return docs;
    }

    /** {@code count} documents: the fixtures again and again, each with an id and a sentence of its own. */
    public static List<Document> many(int count) {
        List<Document> base = documents();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Document model = base.get(i % base.size());
            String text = model.text() + " Copy " + i + " of the fixture.";
            Metadata m = model.metadata();
            Metadata meta = new Metadata("doc-" + i, new Origin("many/doc-" + i + ".txt", 0, text.length(), null), m.title(),
                    m.author(), m.published(), m.publishedFrom(), m.source(), m.url(), m.language(), m.warnings(), m.pipeline());
            Document doc = Document.of(text, meta);
            for (var layer : model.layers()) {
                doc = copy(doc, model, layer);
            }
            List<Span> sentences = new ArrayList<>(doc.layer(Sentences.LAYER));
            sentences.add(new Span(model.text().length() + 1, text.length()));
            docs.add(doc.with(Sentences.LAYER, sentences));
        }
        return docs;
    }

    private static <T extends org.rhetorica.doc.Spanned> Document copy(Document to, Document from, org.rhetorica.doc.Layer<T> layer) {
        return to.with(layer, from.layer(layer));
    }

    /** Lays layers over a text by finding the spans' words in it. */
    public static final class Builder {
        private final String text;
        private final Metadata metadata;
        private final List<Quote> quotes = new ArrayList<>();
        private final List<TechniqueSpan> techniques = new ArrayList<>();
        private final List<ClaimSpan> claims = new ArrayList<>();

        public Builder(String id, String title, String source, String published, String body) {
            this.text = title + "\n\n" + body;
            this.metadata = Metadata.of(id, new Origin("fixtures/" + id + ".txt", 0, text.length(), null))
                    .withTitle(title).withSource(source).withPublished(published, Metadata.FROM_MARKUP).withLanguage("en")
                    .withPipeline(FIXTURE_PIPELINE);
        }

        public Builder quote(String words, String speaker, Quote.Kind kind) {
            Span span = find(words);
            quotes.add(new Quote(span.start(), span.end(), kind, null, null, speaker, null));
            return this;
        }

        public Builder technique(String words, String technique, double score, String speaker) {
            Span span = find(words);
            techniques.add(new TechniqueSpan(span.start(), span.end(), technique, score, speaker));
            return this;
        }

        public Builder claim(String words, double score, String speaker) {
            Span span = find(words);
            claims.add(new ClaimSpan(span.start(), span.end(), score, speaker, null, null));
            return this;
        }

        private Span find(String words) {
            int at = text.indexOf(words);
            if (at < 0) {
                throw new IllegalArgumentException(words + " is not in the fixture");
            }
            return new Span(at, at + words.length());
        }

        public Document build() {
            int body = text.indexOf("\n\n") + 2;
            List<Span> paragraphs = List.of(new Span(0, body - 2), new Span(body, text.length()));
            List<Span> sentences = new ArrayList<>(List.of(new Span(0, body - 2)));
            int start = body;
            for (int i = body; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean end = (c == '.' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ');
                if (end) {
                    sentences.add(new Span(start, i + 1));
                    start = i + 2;
                }
            }
            if (start < text.length()) {
                sentences.add(new Span(start, text.length()));
            }
            Document doc = Document.of(text, metadata).with(Paragraphs.LAYER, paragraphs).with(Sentences.LAYER, sentences)
                    .with(Quote.LAYER, quotes).with(TechniqueSpan.LAYER, techniques);
            return claims.isEmpty() ? doc : doc.with(ClaimSpan.LAYER, claims);
        }
    }
}
