package org.rhetorica.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewsDatesTest {
    @Test
    void fullDatesBecomeIsoDates() {
        assertEquals(Optional.of("2026-03-03"), NewsDates.iso("March 3, 2026"));
        assertEquals(Optional.of("2026-03-03"), NewsDates.iso("Tuesday, Mar. 3 2026"));
        assertEquals(Optional.of("2026-07-14"), NewsDates.iso("14 July 2026"));
        assertEquals(Optional.of("2026-09-01"), NewsDates.iso("1st Sept 2026"));
        assertEquals(Optional.of("2026-07-14"), NewsDates.iso("2026-07-14"));
    }

    @Test
    void partialAndImpossibleDatesDoNot() {
        assertEquals(Optional.empty(), NewsDates.iso("March 3"));
        assertEquals(Optional.empty(), NewsDates.iso("Tuesday"));
        assertEquals(Optional.empty(), NewsDates.iso("February 30, 2026"));
    }
}
