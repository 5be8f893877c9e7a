package org.rhetorica.train.techniques;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TechniqueScorerTest {
    private static GoldSpan si(String article, int start, int end) {
        return new GoldSpan(article, null, start, end);
    }

    private static GoldSpan tc(String article, String technique, int start, int end) {
        return new GoldSpan(article, technique, start, end);
    }

    @Test
    void spanIdentificationGivesPartialCreditAfterMergingOverlaps() {
        List<GoldSpan> gold = List.of(
                si("1", 0, 10), si("1", 5, 15),   // overlap: merged into [0, 15)
                si("1", 20, 30), si("1", 30, 35), // touching: kept apart
                si("3", 10, 20));                 // article 3 has no prediction
        List<GoldSpan> predicted = List.of(
                si("1", 0, 5), si("1", 1, 3),     // nested: merged into [0, 5)
                si("1", 25, 32), si("1", 40, 45),
                si("2", 0, 4));                   // article 2 has no gold span
        // Precision: [0,5) 5/5 + [25,32) (5/7 + 2/7) + [40,45) 0 + [0,4) 0 = 2 over 4 spans.
        // Recall: [0,15) 5/15 + [20,30) 5/10 + [30,35) 2/5 + [10,20) 0 = 37/30 over 4 spans.
        TechniqueScorer.Score score = TechniqueScorer.spanIdentification(gold, predicted);
        double precision = 0.5;
        double recall = 37.0 / 30 / 4;
        assertEquals(precision, score.precision(), 1e-12);
        assertEquals(recall, score.recall(), 1e-12);
        assertEquals(2 * precision * recall / (precision + recall), score.f1(), 1e-12);
        assertEquals(0.3814432989690722, score.f1(), 1e-12);
        assertEquals(4, score.predicted());
        assertEquals(4, score.gold());
    }

    @Test
    void noPredictionsScoreZero() {
        TechniqueScorer.Score score = TechniqueScorer.spanIdentification(List.of(si("1", 0, 4)), List.of());
        assertEquals(0, score.f1());
    }

    @Test
    void techniqueClassificationMatchesLabelsOfIdenticalSpansAsMultisets() {
        List<GoldSpan> gold = List.of(
                tc("a", "Loaded_Language", 0, 5), tc("a", "Name_Calling,Labeling", 0, 5),
                tc("a", "Doubt", 10, 40), tc("b", "Slogans", 3, 9));
        List<GoldSpan> predicted = List.of(
                tc("a", "Loaded_Language", 0, 5), tc("a", "Loaded_Language", 0, 5),
                tc("a", "Doubt", 10, 40), tc("b", "Flag-Waving", 3, 9));
        TechniqueScorer.Classification result = TechniqueScorer.techniqueClassification(gold, predicted);
        assertEquals(0.5, result.micro().precision(), 1e-12);
        assertEquals(0.5, result.micro().recall(), 1e-12);
        assertEquals(0.5, result.micro().f1(), 1e-12);
        TechniqueScorer.Score loaded = result.perTechnique().get("Loaded_Language");
        assertEquals(0.5, loaded.precision(), 1e-12);
        assertEquals(1.0, loaded.recall(), 1e-12);
        assertEquals(2.0 / 3, loaded.f1(), 1e-12);
        assertEquals(1.0, result.perTechnique().get("Doubt").f1(), 1e-12);
        assertEquals(0.0, result.perTechnique().get("Name_Calling,Labeling").recall(), 1e-12);
        assertEquals(0.0, result.perTechnique().get("Flag-Waving").precision(), 1e-12);
    }
}
