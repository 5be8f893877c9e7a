package org.rhetorica.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Spanned;

/** Seeded random texts made of the pieces the annotators look for: no failure, and sound spans. */
class StructureInvariantsTest {
    private static final List<String> PIECES = List.of("Samuel Okafor: ", "SO: ", "HV: ", "Q: ", "A. ", "Interviewer: ",
            "Dr. Helena Varga", "an interview with Lise Marten by Otto Brand", "By Mara Lindqvist", "PORT ELLING, March 3 (Coastal Wire) - ",
            "14 July 2026", "Editor's note: ", "tram_enthusiast 31 points 4 hours ago", "[–] gull_watcher 12 points 3 hours ago",
            "submitted 5 hours ago by riverside_walker to c/cityplanning", "arrow-up 48 arrow-down", "reply link", "level 2",
            "@tidepool@lemmy.example", "· 5 hr. ago", "14", "Why?", "Is it safe?", "It is.", "\"Who pays?\"", "The council voted.",
            "😀 emoji 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\r", "\t", ":", "(", ")", "—", " ", " ", "\n", "\n", "\n", "\n\n");

    @Test
    void randomTextsGiveSpansThatAreTrimmedOrderedAndApart() {
        Random random = new Random(20260314L);
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(80);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            Document doc = TextFixtures.document(text.toString());
            assertSound(doc, doc.layer(HeaderPart.LAYER));
            assertSound(doc, doc.layer(Turn.LAYER));
            assertSound(doc, doc.layer(Post.LAYER));
            for (Turn turn : doc.layer(Turn.LAYER)) {
                assertTrue(turn.label() == null || turn.label().end() <= turn.start(), () -> "label after its turn in " + text);
            }
        }
    }

    private static void assertSound(Document doc, List<? extends Spanned> spans) {
        int previousEnd = 0;
        for (Spanned span : spans) {
            String covered = doc.text(span);
            assertTrue(!covered.isEmpty() && covered.equals(covered.strip()), () -> "untrimmed span [" + covered + "] in " + doc.text());
            assertTrue(span.start() >= previousEnd, () -> "overlapping spans in " + doc.text());
            previousEnd = span.end();
        }
    }
}
