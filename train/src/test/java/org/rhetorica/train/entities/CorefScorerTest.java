package org.rhetorica.train.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The worked examples of the scores' definitions, computed by hand. */
class CorefScorerTest {
    @Test
    void mucCountsLinksAndB3CountsMentions() {
        // Key {1,2,3,4,5} {6,7}; response {1,2,3,4,5,6,7}: one wrong merge.
        List<Set<Integer>> key = List.of(Set.of(1, 2, 3, 4, 5), Set.of(6, 7));
        List<Set<Integer>> response = List.of(Set.of(1, 2, 3, 4, 5, 6, 7));
        CorefScorer.Score score = CorefScorer.score(key, response);
        assertEquals(1.0, score.muc().r(), 1e-9);
        assertEquals(5.0 / 6.0, score.muc().p(), 1e-9);
        assertEquals(1.0, score.b3().r(), 1e-9);
        // Precision per mention: 5/7 for each of five, 2/7 for each of two.
        assertEquals((5 * 5.0 / 7 + 2 * 2.0 / 7) / 7, score.b3().p(), 1e-9);
    }

    @Test
    void aTwinlessResponseMentionCostsPrecisionOnlyAndAMissedOneRecallOnly() {
        List<Set<Integer>> key = List.of(Set.of(1, 2), Set.of(3));
        List<Set<Integer>> response = List.of(Set.of(1, 2), Set.of(-1));
        CorefScorer.Score score = CorefScorer.score(key, response);
        assertEquals(2.0 / 3.0, score.b3().r(), 1e-9);
        assertEquals(2.0 / 3.0, score.b3().p(), 1e-9);
        assertEquals(1.0, score.muc().r(), 1e-9);
        assertEquals(1.0, score.muc().p(), 1e-9);
    }
}
