package org.rhetorica.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.Spanned;

/**
 * The thread and interview detectors, fuzzed with any text: they never throw, and their spans lie
 * inside the text, in order. Seeds: {@code StructureFuzzTestInputs/<target>}.
 */
class StructureFuzzTest {
    private static Document lines(String text) {
        return new Paragraphs().annotate(Document.of(text, Metadata.of("fuzz", new Origin("fuzz.txt", 0, 0, null))));
    }

    private static void sound(Document doc, List<? extends Spanned> spans) {
        int previous = 0;
        for (Spanned span : spans) {
            if (span.start() < previous || span.end() > doc.text().length() || span.end() < span.start()) {
                throw new IllegalStateException("span out of order or outside the text: " + span);
            }
            previous = span.start();
        }
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void threads(String text) {
        if (text == null) {
            return;
        }
        Document doc = new ThreadPosts().annotate(lines(text));
        sound(doc, doc.layer(Post.LAYER));
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void interviews(String text) {
        if (text == null) {
            return;
        }
        Document doc = new InterviewTurns().annotate(new ArticleHeader().annotate(lines(text)));
        sound(doc, doc.layer(Turn.LAYER));
    }
}
