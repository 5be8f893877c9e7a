package org.rhetorica.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void poolsAdjacentViolatorsIntoANonDecreasingMap() {
        double[] scores = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        boolean[] right = {false, true, false, false, true, true};
        Calibration calibration = Calibration.fit(scores, right, 10);
        // 0.1 alone (0); 0.2-0.4 pooled (1 of 3, mean score 0.3); 0.5 and 0.6 pooled as ties (1, mean 0.55).
        assertArrayEquals(new double[] {0.1, 0.3, 0.55}, calibration.raw(), 1e-12);
        assertArrayEquals(new double[] {0.0, 1.0 / 3, 1.0}, calibration.calibrated(), 1e-12);
        assertEquals(0.0, calibration.apply(0.05), 1e-12);
        assertEquals(1.0 / 6, calibration.apply(0.2), 1e-12);
        assertEquals(1.0, calibration.apply(0.9), 1e-12);
    }

    @Test
    void expectedErrorIsZeroWhenScoresMatchOutcomes() {
        Calibration identity = new Calibration(new double[] {0, 1}, new double[] {0, 1});
        assertEquals(0.0, identity.expectedError(new double[] {0, 0, 1, 1}, new boolean[] {false, false, true, true}), 1e-12);
        // Two predictions scored 0.55, one right: |1.10 - 1| / 2.
        assertEquals(0.05, identity.expectedError(new double[] {0.55, 0.55}, new boolean[] {true, false}), 1e-12);
    }

    @Test
    void readsTheCalibrationAModelKeepsInItsSettings() {
        Map<String, Object> settings = Map.of("calibration", Map.of("raw", List.of(0.2, 0.8), "calibrated", List.of(0.1, 0.9)));
        Calibration calibration = Calibration.fromSettings(settings, "claims-checkworthy");
        assertArrayEquals(new double[] {0.2, 0.8}, calibration.raw(), 1e-12);
        assertEquals(0.5, calibration.apply(0.5), 1e-12);
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> Calibration.fromSettings(Map.of("threshold", 0.35), "claims-checkworthy"));
        assertEquals("model claims-checkworthy has no score calibration; retrain it", missing.getMessage());
    }
}
