package org.rhetorica.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rhetorica.text.ThreadLine.Kind;

class ThreadLineTest {
    private static ThreadLine line(Kind kind, String handle, Integer score, String age) {
        return new ThreadLine(kind, handle, score, age);
    }

    @Test
    void readsHeadersInTheirCommonShapes() {
        assertEquals(line(Kind.HEADER, "tram_enthusiast", 31, "4 hours ago"), ThreadLine.parse("tram_enthusiast 31 points 4 hours ago"));
        assertEquals(line(Kind.HEADER, "gull_watcher", 12, "3 hours ago"),
                ThreadLine.parse("[–] gull_watcher 12 points 3 hours ago (1 child)"));
        assertEquals(line(Kind.HEADER, "tidepool@lemmy.example", 1200, "1 day ago"),
                ThreadLine.parse("@tidepool@lemmy.example 1.2k points 1 day ago"));
        assertEquals(line(Kind.HEADER, "riverside_walker", null, "5 hours ago"),
                ThreadLine.parse("submitted 5 hours ago by riverside_walker to c/cityplanning"));
        assertEquals(line(Kind.HEADER, "sauna_sceptic", null, "6 hours ago"), ThreadLine.parse("Posted by u/sauna_sceptic 6 hours ago"));
        assertEquals(line(Kind.HEADER, "grumpy_commuter", -4, "2h"), ThreadLine.parse("grumpy_commuter · −4 points · 2h"));
    }

    @Test
    void tellsHalfHeadersWidgetsAndNumbers() {
        assertEquals(line(Kind.HANDLE, "birch_whisk", null, null), ThreadLine.parse("birch_whisk"));
        assertEquals(line(Kind.META, null, null, "5 hr. ago"), ThreadLine.parse("· 5 hr. ago"));
        assertEquals(line(Kind.META, null, 48, null), ThreadLine.parse("arrow-up 48 arrow-down"));
        assertEquals(line(Kind.WIDGETS, null, null, null), ThreadLine.parse("permalink embed save parent report reply"));
        assertEquals(line(Kind.WIDGETS, null, null, null), ThreadLine.parse("12 comments share save hide report"));
        assertEquals(line(Kind.NUMBER, null, 14, null), ThreadLine.parse("14"));
    }

    @Test
    void proseAndNewsDatelinesAreText() {
        assertEquals(ThreadLine.TEXT, ThreadLine.parse("Fully agree with the council."));
        assertEquals(ThreadLine.TEXT, ThreadLine.parse("Harbour Rovers won 3 points ahead"));
        assertEquals(ThreadLine.TEXT, ThreadLine.parse("Updated 2 hours ago"), "\"Updated\" is no handle");
    }
}
