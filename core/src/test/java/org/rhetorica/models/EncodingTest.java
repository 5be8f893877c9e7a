package org.rhetorica.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.Span;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;

class EncodingTest {
    @Test
    void givesWordTokensAndOneVectorPerSentence() {
        String text = "The ferry stopped. Islanders can't reach the mainland.";
        try (Resources resources = new Resources(EncoderSpec.DEFAULT.withThreads(1))) {
            Document doc = Pipeline.producing(resources, Set.of(Encoding.VECTORS)).annotate(
                    Document.of(text, Metadata.of("d", new Origin("-", 0, text.length(), null))));
            List<String> words = doc.layer(Encoding.TOKENS).stream().map(doc::text).toList();
            assertEquals(List.of("The", "ferry", "stopped", ".", "Islanders", "can", "'", "t", "reach", "the", "mainland", "."),
                    words);
            float[][] sentences = Encoding.sentenceVectors(doc);
            assertEquals(2, sentences.length);
            assertEquals(384, sentences[0].length);
            float[] first = doc.attachment(Encoding.VECTORS).mean(new Span(0, 18));
            assertEquals(first[7], sentences[0][7], 1e-6);
            assertTrue(first[7] != sentences[1][7]);
        }
    }
}
