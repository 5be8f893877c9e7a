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
        String text = Files.readString(Path.of("samples/interview-transcript.txt"));
        try (Resources resources = Resources.defaults()) {
            Document doc = Pipeline.standard(resources, Set.of())
                    .annotate(Document.of(text, Metadata.of("interview", new Origin("-", 0, text.length(), null))));
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
    }
}
