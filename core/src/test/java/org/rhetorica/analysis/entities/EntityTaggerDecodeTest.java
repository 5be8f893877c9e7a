package org.rhetorica.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.Encoding;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.text.Sentences;

/** How the tagger's piece labels become names, from labels set by hand over the real word pieces of made-up texts. */
class EntityTaggerDecodeTest {
    private static Resources resources;
    private static Pipeline encoding;

    @BeforeAll
    static void load() {
        resources = new Resources(EncoderSpec.DEFAULT.withThreads(1));
        encoding = Pipeline.producing(resources, Set.of(Encoding.VECTORS));
    }

    @AfterAll
    static void close() {
        resources.close();
    }

    private static Document encoded(String text) {
        return encoding.annotate(Document.of(text, Metadata.of("d", new Origin("-", 0, text.length(), null))));
    }

    /** Probabilities giving each word, by its first piece, the label at the same place in {@code labels}: 0.9 for it. */
    private static float[] probabilities(EncodedText vectors, int... labels) {
        float[] p = new float[vectors.size() * EntityTagger.LABELS];
        List<int[]> words = vectors.wordPieces();
        assertEquals(words.size(), labels.length, "one label a word");
        for (int w = 0; w < words.size(); w++) {
            for (int piece = words.get(w)[0]; piece <= words.get(w)[1]; piece++) {
                java.util.Arrays.fill(p, piece * EntityTagger.LABELS, (piece + 1) * EntityTagger.LABELS, 0.1f / 6);
                // Later pieces say O: only a word's first piece counts.
                p[piece * EntityTagger.LABELS + (piece == words.get(w)[0] ? labels[w] : 0)] = 0.9f;
            }
        }
        return p;
    }

    private static List<String> names(Document doc, float[] probabilities, double threshold) {
        return EntityTagger.decode(doc.attachment(Encoding.VECTORS), probabilities, doc.layer(Sentences.LAYER), threshold)
                .stream().map(n -> doc.text(n) + "/" + n.type()).toList();
    }

    @Test
    void runsOfWordsMakeNamesThatABeginOrAnotherTypeEndsAndThatNeverCrossASentence() {
        Document doc = encoded("Ilse Varnhagen visited Quellburg. Brodmann Tools hired Teodor.");
        int bPer = EntityTagger.label(Entity.PERSON, true);
        int iPer = EntityTagger.label(Entity.PERSON, false);
        int iOrg = EntityTagger.label(Entity.ORGANIZATION, false);
        int bLoc = EntityTagger.label(Entity.LOCATION, true);
        int iLoc = EntityTagger.label(Entity.LOCATION, false);
        EncodedText vectors = doc.attachment(Encoding.VECTORS);
        // Ilse Varnhagen visited Quellburg . | Brodmann Tools hired Teodor .
        assertEquals(List.of("Ilse Varnhagen/PERSON", "Quellburg./LOCATION", "Brodmann/LOCATION", "Tools/ORGANIZATION", "Teodor/PERSON"),
                names(doc, probabilities(vectors, bPer, iPer, 0, bLoc, iLoc, iLoc, iOrg, 0, iPer, 0), 0.5));
        assertEquals(List.of("Ilse/PERSON", "Varnhagen/PERSON", "Brodmann Tools/ORGANIZATION"),
                names(doc, probabilities(vectors, bPer, bPer, 0, 0, 0, iOrg, iOrg, 0, 0, 0), 0.5));
    }

    @Test
    void aWordOfSeveralPiecesIsNamedWholeOrNotAtAll() {
        Document doc = encoded("Zxqwertovna smiled.");
        EncodedText vectors = doc.attachment(Encoding.VECTORS);
        assertEquals(true, vectors.wordPieces().get(0)[1] > 0, "the made-up surname is several pieces");
        float[] p = probabilities(vectors, EntityTagger.label(Entity.PERSON, true), 0, 0);
        assertEquals(List.of("Zxqwertovna/PERSON"), names(doc, p, 0.5));
    }

    @Test
    void theThresholdIsHowLikelyTheNameLabelsTogetherMustBe() {
        Document doc = encoded("Pella Orsini left.");
        EncodedText vectors = doc.attachment(Encoding.VECTORS);
        float[] p = new float[vectors.size() * EntityTagger.LABELS];
        for (int piece = 0; piece < vectors.size(); piece++) {
            p[piece * EntityTagger.LABELS] = 1;
        }
        // "Pella": O 0.4, B-PER 0.35, B-LOC 0.25: a name at 0.6, as a person.
        int first = 0;
        p[first * EntityTagger.LABELS] = 0.4f;
        p[first * EntityTagger.LABELS + EntityTagger.label(Entity.PERSON, true)] = 0.35f;
        p[first * EntityTagger.LABELS + EntityTagger.label(Entity.LOCATION, true)] = 0.25f;
        assertEquals(List.of("Pella/PERSON"), names(doc, p, 0.6));
        assertEquals(List.of(), names(doc, p, 0.61));
    }
}
