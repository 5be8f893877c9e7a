package org.rhetorica.analysis.techniques;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.text.Turn;

/** The techniques layer as analysis makes it, with the shipped model. */
class TechniquesTest {
    @Test
    void spansInInterviewTurnsAreSpokenByTheTurnsSpeakers() throws Exception {
        Document doc = analyse("samples/interview-transcript.txt");
        List<TechniqueSpan> spans = doc.layer(TechniqueSpan.LAYER);
        assertFalse(spans.isEmpty());
        for (TechniqueSpan span : spans) {
            assertTrue(Technique.fromLabel(span.technique()).isPresent(), span.technique());
            assertTrue(span.score() >= 0 && span.score() <= 1);
            Turn turn = doc.layer(Turn.LAYER).stream().filter(t -> t.contains(span.start())).findFirst().orElse(null);
            assertEquals(turn == null ? null : turn.speaker(), span.speaker(), doc.text(span));
        }
        assertTrue(spans.stream().anyMatch(s -> "Helena Varga".equals(s.speaker())),
                "the interviewee's answers use some technique");
    }

    @Test
    void threadSpansLieInPostsAndAreTheirAuthors() throws Exception {
        Document doc = analyse("samples/forum-thread.txt");
        // Without the rule, the tagger marks "grumpy" in the handle grumpy_commuter as loaded language.
        List<String> spans = doc.layer(TechniqueSpan.LAYER).stream()
                .map(span -> doc.text(span) + " / " + span.speaker()).toList();
        assertEquals(List.of("wreck / grumpy_commuter"), spans);
    }

    private static Document analyse(String sample) throws Exception {
        String text = Files.readString(Path.of(sample));
        try (Resources resources = Resources.defaults()) {
            return Pipeline.standard(resources, Set.of())
                    .annotate(Document.of(text, Metadata.of(sample, new Origin("-", 0, text.length(), null))));
        }
    }
}
