package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.doc.Document;

/** A page nested 100,000 levels deep (1.1 MB) once stalled a run for over ten minutes. */
class DeepHtmlTest {
    @TempDir
    Path folder;

    @Test
    void aPageNested100000LevelsDeepIsReadQuicklyWithItsText() {
        String html = "<html><body><h1>Harbour news</h1>" + "<div>".repeat(100_000) + "The ferry runs again."
                + "</div>".repeat(100_000) + "</body></html>";
        // A bound far above what the page needs (seconds, on a loaded machine), so that the test says "no stall"
        // (it stalled for over ten minutes) rather than timing anything.
        Document doc = assertTimeoutPreemptively(Duration.ofMinutes(5),
                () -> Reading.write(folder, "deep.html", html).only());
        assertEquals("Harbour news\n\nThe ferry runs again.", doc.text());
        assertEquals(List.of("markup nests deeper than 256 elements; what lies deeper was read as one block"),
                doc.metadata().warnings());
    }

    @Test
    void pagesOfOrdinaryDepthAreLeftAlone() {
        String html = "<html><body>" + "<div>".repeat(200) + "<p>One.</p><p>Two.</p>" + "</div>".repeat(200) + "</body></html>";
        Document doc = Reading.write(folder, "nested.html", html).only();
        assertEquals("One.\n\nTwo.", doc.text());
        assertEquals(List.of(), doc.metadata().warnings());
    }
}
