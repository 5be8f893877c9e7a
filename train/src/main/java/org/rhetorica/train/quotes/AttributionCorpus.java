package org.rhetorica.train.quotes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.rhetorica.train.quotes.AttributionFiles.Gold;
import org.rhetorica.doc.CodePoints;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.Span;
import org.rhetorica.pipeline.Pipeline;

/**
 * Articles of an attribution corpus (PolNeAR's layout, {@link AttributionFiles}) made into documents
 * the way analysis makes them, with their gold attributions in UTF-16 indices, and the fixed split
 * into training, development and validation articles.
 */
final class AttributionCorpus {
    /** Which part of the corpus an article belongs to; the same rule as the techniques corpus. */
    enum Part {
        /** What the tagger learns from: about 70 % of the articles. */
        TRAINING,
        /** About 10 %: chooses the epoch. */
        DEVELOPMENT,
        /** About 20 %: never seen in training or choices; the scores reported. */
        VALIDATION,
        /** Every article. */
        ALL;

        boolean contains(String article) {
            return this == ALL || of(article) == this;
        }

        /** The part of an article: by a checksum of its name, so the split never depends on file order. */
        static Part of(String article) {
            CRC32 crc = new CRC32();
            crc.update(article.getBytes(StandardCharsets.UTF_8));
            long bucket = crc.getValue() % 10;
            return bucket == 0 || bucket == 5 ? VALIDATION : bucket == 1 ? DEVELOPMENT : TRAINING;
        }
    }

    /** One article: the analysed document and its gold attributions, in the document's UTF-16 indices. */
    record Article(String id, Document doc, List<Gold> gold) {}

    private AttributionCorpus() {}

    /** The articles of {@code part}, each text run through {@code inputs} (the encoder's pipeline). */
    static List<Article> read(Path corpus, Part part, Pipeline inputs) {
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
