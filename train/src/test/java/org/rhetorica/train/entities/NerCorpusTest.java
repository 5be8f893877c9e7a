package org.rhetorica.train.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.analysis.entities.Coreference.Name;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.io.InvalidInputException;

/** Named-entity files in their three layouts, and exact-span scores; made-up sentences. */
class NerCorpusTest {
    private static List<String> names(NerCorpus.Text text) {
        return text.gold().stream().map(n -> text.text().substring(n.start(), n.end()) + "/" + n.type()).toList();
    }

    @Test
    void unerDocumentsKeepTheirTextAndMapOtherTypesToNothing(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("uner.iob2");
        Files.writeString(file, """
                # newdoc id = blog-1
                # sent_id = blog-1-0001
                # text = Mira Lund-Haas flew to Oslo with Norwegian friends.
                1\tMira\tB-PER\t-\tx
                2\tLund\tI-PER\t-\tx
                3\t-\tI-PER\t-\tx
                4\tHaas\tI-PER\t-\tx
                5\tflew\tO
                6\tto\tO
                7\tOslo\tB-LOC\t-\tx
                8\twith\tO
                9\tNorwegian\tB-OTH\t-\tx
                10\tfriends\tB-O\t-\tx
                11\t.\tO

                # newdoc id = blog-2
                # text = Ask Fjordline.
                1\tAsk\tO
                2\tFjordline\tB-ORG\t-\tx
                3\t.\tO
                """, StandardCharsets.UTF_8);
        List<NerCorpus.Text> texts = NerCorpus.read(file);
        assertEquals(List.of("blog-1", "blog-2"), texts.stream().map(NerCorpus.Text::id).toList());
        assertEquals("Mira Lund-Haas flew to Oslo with Norwegian friends.", texts.get(0).text());
        assertEquals(List.of("Mira Lund-Haas/PERSON", "Oslo/LOCATION"), names(texts.get(0)));
        assertEquals(List.of("Fjordline/ORGANIZATION"), names(texts.get(1)));
    }

    @Test
    void ioTagsOfWikigoldBeginANameAtEachChangeOfTypeAndTweetsAreJoinedTwentyToADocument(@TempDir Path folder) throws IOException {
        Path wiki = folder.resolve("wiki.txt");
        Files.writeString(wiki, "-DOCSTART- O\n\nKarl I-PER\nVesterby I-PER\nof O\nBrask I-ORG\nAB I-ORG\nSweden I-LOC\n.\tO\n",
                StandardCharsets.UTF_8);
        NerCorpus.Text text = NerCorpus.read(wiki).get(0);
        assertEquals("Karl Vesterby of Brask AB Sweden .", text.text());
        assertEquals(List.of("Karl Vesterby/PERSON", "Brask AB/ORGANIZATION", "Sweden/LOCATION"), names(text));

        Path tweets = folder.resolve("tweets.conll");
        Files.writeString(tweets, "hi\tO\nAnneli\tB-person\n\n".repeat(21), StandardCharsets.UTF_8);
        List<NerCorpus.Text> docs = NerCorpus.read(tweets);
        assertEquals(List.of("tweets.conll#1", "tweets.conll#2"), docs.stream().map(NerCorpus.Text::id).toList());
        assertEquals("hi Anneli\n\nhi Anneli", docs.get(0).text().substring(0, 20));
        assertEquals(20, docs.get(0).gold().size());
        assertEquals(List.of(new Name(3, 9, Entity.PERSON)), docs.get(1).gold());
    }

    @Test
    void aFileWithoutTagsIsRefusedWithItsName(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("untagged.txt");
        Files.writeString(file, "justoneword\n", StandardCharsets.UTF_8);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NerCorpus.read(file));
        assertEquals(file + ": line 'justoneword' has no tag column", e.getMessage());
    }

    @Test
    void exactSpansOfTheSameTypeAloneAreRight() {
        List<Name> gold = List.of(new Name(0, 9, Entity.PERSON), new Name(20, 24, Entity.LOCATION));
        List<Name> found = List.of(new Name(0, 9, Entity.PERSON), new Name(20, 24, Entity.ORGANIZATION), new Name(30, 33, Entity.PERSON));
        NerScorer score = NerScorer.score(gold, found).plus(NerScorer.score(gold, gold));
        assertEquals(new NerScorer.Counts(3, 5, 4), score.all());
        assertEquals(new NerScorer.Counts(2, 3, 2), score.byType().get(Entity.PERSON));
        assertEquals(new NerScorer.Counts(1, 1, 2), score.byType().get(Entity.LOCATION));
        assertEquals(0.6, score.all().precision(), 1e-9);
        assertEquals(0.75, score.all().recall(), 1e-9);
    }
}
