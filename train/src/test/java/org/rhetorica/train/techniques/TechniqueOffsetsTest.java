package org.rhetorica.train.techniques;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.analysis.techniques.TechniqueModel;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.Encoding;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.train.Split;
import org.rhetorica.train.techniques.TechniqueCorpus.Article;


/** Offsets in the task's files are code points; a byte-order mark is character 0. */
class TechniqueOffsetsTest {
    // A byte-order mark, then astral characters (two UTF-16 units each) before and inside the spans.
    private static final String TEXT = "\uFEFFThe \uD835\uDC00 council is a disgrace. \uD83D\uDE21 These reckless clowns "
            + "will ruin us all!\nWe must stand together, or we will lose everything we love.\n";
    private static Resources resources;
    @TempDir
    static Path folder;

    @BeforeAll
    static void load() throws Exception {
        resources = new Resources(EncoderSpec.DEFAULT.withThreads(1));
        Files.createDirectories(folder.resolve("articles"));
        Files.writeString(folder.resolve("articles/article42.txt"), TEXT, StandardCharsets.UTF_8);
        // "disgrace" starts at code point 20 (UTF-16 21); "reckless clowns" at 38 (UTF-16 40).
        Files.writeString(folder.resolve("article42.labels"),
                "42\tLoaded_Language\t20\t28\n42\tName_Calling,Labeling\t38\t53\n42\tLoaded_Language\t20\t28\n",
                StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        resources.close();
    }

    private static List<Article> read() {
        return TechniqueCorpus.read(folder.resolve("articles"), folder.resolve("article42.labels"), Split.ALL,
                Pipeline.producing(resources, Set.of(Encoding.VECTORS)));
    }

    @Test
    void goldSpansBecomeUtf16IndicesAndGoBackUnchanged() {
        Article article = read().get(0);
        assertEquals("disgrace", article.doc().text().substring(article.gold().get(0).start(), article.gold().get(0).end()));
        assertEquals("reckless clowns", article.doc().text().substring(article.gold().get(1).start(), article.gold().get(1).end()));
        assertEquals(TaskFiles.readLabels(folder.resolve("article42.labels")), TechniqueCorpus.goldSpans(List.of(article)));
    }

    @Test
    void predictedSpansAreCodePointsThatSliceTheTextAsPythonDoes() throws Exception {
        List<Article> articles = read();
        try (TechniqueModel model = TechniqueModel.load(EncoderSpec.DEFAULT)) {
            List<GoldSpan> spans = TechniqueEvaluation.predictSpans(model.finder(), articles);
            assertFalse(spans.isEmpty(), "the shipped model finds something in this loaded text");
            for (GoldSpan span : spans) {
                String piece = codePointSlice(TEXT, span.start(), span.end());
                assertEquals(piece.strip(), piece, "spans start and end on words: " + piece);
            }
            // Technique classification keeps the given spans exactly, and gives a repeated span two labels.
            List<GoldSpan> given = TaskFiles.readLabels(folder.resolve("article42.labels"));
            List<GoldSpan> labelled = TechniqueEvaluation.classify(model.classifier(), articles, given);
            assertEquals(given.stream().map(s -> s.start() + "-" + s.end()).toList(),
                    labelled.stream().map(s -> s.start() + "-" + s.end()).toList());
            assertFalse(labelled.get(0).technique().equals(labelled.get(2).technique()));
            StringWriter written = new StringWriter();
            TaskFiles.write(labelled.subList(1, 2), true, written);
            assertEquals("42\t" + labelled.get(1).technique() + "\t38\t53\n", written.toString());
        }
    }

    private static String codePointSlice(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }
}
