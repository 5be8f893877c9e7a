package org.rhetorica.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Span;

class BylineTest {
    @Test
    void namesEndTheBylineAndADateMayFollow() {
        assertEquals(Optional.of(new Byline(17, List.of("Mara Lindqvist"), null)), Byline.parse("By Mara Lindqvist, Coastal Wire"));
        assertEquals(Optional.of(new Byline(32, List.of("Ana Ruiz", "Jon Berg", "Li Wei"), null)),
                Byline.parse("By Ana Ruiz, Jon Berg and Li Wei | Valley Courier"));
        assertEquals(Optional.of(new Byline(15, List.of("Petra Nyberg"), new Span(18, 30))), Byline.parse("By Petra Nyberg · 14 July 2026"));
        assertEquals(Optional.of(new Byline(13, List.of("Lena Vogt"), null)), Byline.parse("Von Lena Vogt"));
    }

    @Test
    void sentencesThatStartWithByAreNoBylines() {
        assertEquals(Optional.empty(), Byline.parse("By Tuesday the council had voted."));
        assertEquals(Optional.empty(), Byline.parse("by the harbour"));
    }
}
