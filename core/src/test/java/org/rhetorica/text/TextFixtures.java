package org.rhetorica.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;

/** Fixtures of the structure tests: texts from src/test/resources/text and samples/, run through the annotators. */
final class TextFixtures {
    private TextFixtures() {}

    /** A fixture under src/test/resources/text/. */
    static String resource(String name) {
        try (InputStream in = TextFixtures.class.getResourceAsStream("/text/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource text/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample of samples/, which the tests run from the project's root. */
    static String sample(String name) {
        try {
            return Files.readString(Path.of("samples", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document document(String text) {
        return document(text, Metadata.of("fixture", new Origin("fixture.txt", 0, text.codePointCount(0, text.length()), null)));
    }

    /** Paragraphs, header, turns and posts, in the order the pipeline runs them. */
    static Document document(String text, Metadata metadata) {
        Document doc = new Paragraphs().annotate(Document.of(text, metadata));
        doc = new ArticleHeader().annotate(doc);
        doc = new InterviewTurns().annotate(doc);
        return new ThreadPosts().annotate(doc);
    }
}
