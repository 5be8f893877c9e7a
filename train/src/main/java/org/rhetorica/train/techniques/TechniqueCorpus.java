package org.rhetorica.train.techniques;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rhetorica.doc.CodePoints;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.io.InvalidInputException;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.train.Split;

/**
 * Articles of the Propaganda Techniques Corpus, made into documents the way analysis makes them, with
 * their gold spans, and the fixed split into training, development and validation articles.
 */
final class TechniqueCorpus {
    /** One article: the analysed document (with encoder vectors) and its gold spans in UTF-16 indices. */
    record Article(String id, Document doc, List<Labelled> gold) {}

    /** A gold span in the document's UTF-16 indices; technique null for span identification labels. */
    record Labelled(int start, int end, String technique) {}

    private TechniqueCorpus() {}

    /**
     * Reads {@code article<ID>.txt} files and, when {@code labels} is not null, their labels, keeping
     * the articles of {@code part}; each text goes through {@code inputs} (the encoder's pipeline).
     */
    static List<Article> read(Path articles, Path labels, Split part, Pipeline inputs) {
        Map<String, String> texts = TaskFiles.readArticles(articles);
        Map<String, List<GoldSpan>> gold = new TreeMap<>();
        if (labels != null) {
            for (GoldSpan span : TaskFiles.readLabels(labels)) {
                gold.computeIfAbsent(span.article(), id -> new ArrayList<>()).add(span);
            }
        }
        List<Article> read = new ArrayList<>();
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            String id = entry.getKey();
            if (!part.contains(id)) {
                continue;
            }
            String text = entry.getValue();
            CodePoints codePoints = new CodePoints(text);
            Document doc = Document.of(text, Metadata.of(id, new Origin(articles.resolve("article" + id + ".txt").toString(),
                    0, codePoints.codePointLength(), null)));
            List<Labelled> spans = new ArrayList<>();
            for (GoldSpan span : gold.getOrDefault(id, List.of())) {
                if (span.end() > codePoints.codePointLength()) {
                    throw new InvalidInputException("label [" + span.start() + ", " + span.end() + ") of article " + id
                            + " lies beyond its " + codePoints.codePointLength() + " characters");
                }
                spans.add(new Labelled(codePoints.toUtf16(span.start()), codePoints.toUtf16(span.end()), span.technique()));
            }
            read.add(new Article(id, inputs.annotate(doc), spans));
        }
        return read;
    }

    /** Gold spans of the articles in the task's own form (code points). */
    static List<GoldSpan> goldSpans(List<Article> articles) {
        List<GoldSpan> spans = new ArrayList<>();
        for (Article article : articles) {
            CodePoints codePoints = new CodePoints(article.doc().text());
            for (Labelled span : article.gold()) {
                spans.add(new GoldSpan(article.id(), span.technique(), codePoints.toCodePoint(span.start()),
                        codePoints.toCodePoint(span.end())));
            }
        }
        return spans;
    }
}
