package org.rhetorica.train.quotes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rhetorica.doc.CodePoints;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.Span;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.train.Split;
import org.rhetorica.train.quotes.AttributionFiles.Gold;

/**
 * Articles of an attribution corpus (PolNeAR's layout, {@link AttributionFiles}) made into documents
 * the way analysis makes them, with their gold attributions in UTF-16 indices, and the fixed split
 * into training, development and validation articles.
 */
final class AttributionCorpus {
    /** One article: the analysed document and its gold attributions, in the document's UTF-16 indices. */
    record Article(String id, Document doc, List<Gold> gold) {}

    private AttributionCorpus() {}

    /** The articles of {@code part}, each text run through {@code inputs} (the encoder's pipeline). */
    static List<Article> read(Path corpus, Split part, Pipeline inputs) {
        List<Article> articles = new ArrayList<>();
        for (AttributionFiles.Article article : AttributionFiles.read(corpus)) {
            if (part.contains(article.name())) {
                articles.add(toDocument(article, inputs));
            }
        }
        return articles;
    }

    static Article toDocument(AttributionFiles.Article article, Pipeline inputs) {
        CodePoints codePoints = new CodePoints(article.text());
        Document doc = Document.of(article.text(), Metadata.of(article.name(),
                new Origin(article.file().toString(), 0, codePoints.codePointLength(), null)));
        List<Gold> gold = new ArrayList<>();
        for (Gold attribution : article.attributions()) {
            gold.add(new Gold(utf16(attribution.content(), codePoints), utf16(attribution.cue(), codePoints),
                    utf16(attribution.source(), codePoints)));
        }
        return new Article(article.name(), inputs.annotate(doc), List.copyOf(gold));
    }

    private static List<Span> utf16(List<Span> spans, CodePoints codePoints) {
        return spans.stream().map(s -> new Span(codePoints.toUtf16(s.start()), codePoints.toUtf16(s.end()))).toList();
    }
}
