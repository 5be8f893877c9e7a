package org.rhetorica.analysis.techniques;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.TextEncoder;

class SpanFinderTest {
    private static TextEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = TextEncoder.load(EncoderSpec.DEFAULT.withThreads(1));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void spansStartAtTheUpperThresholdGrowToTheLowerOneAndCoverWholeWords() {
        String text = "the outrageously corrupt gang lied again";
        EncodedText pieces = encoder.encode(text, List.of());
        // Pieces: the | outrageous ##ly | corrupt | gang | lied | again
        assertEquals(7, pieces.size());
        double[] probabilities = {0.1, 0.1, 0.3, 0.6, 0.35, 0.1, 0.45};
        List<SpanFinder.Found> found = SpanFinder.decode(pieces, probabilities, new SpanFinder.Thresholds(0.2, 0.5));
        // "corrupt" (0.6) seeds a span; it grows over "##ly" (0.3) and "gang" (0.35), stops at "outrageous"
        // (0.1), then widens to the whole word "outrageously". "again" (0.45) never reaches 0.5.
        assertEquals(1, found.size());
        assertEquals("outrageously corrupt gang", text.substring(found.get(0).span().start(), found.get(0).span().end()));
        assertEquals((0.1 + 0.3 + 0.6 + 0.35) / 4, found.get(0).probability(), 1e-9);
    }

}
