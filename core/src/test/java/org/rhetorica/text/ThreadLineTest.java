package org.rhetorica.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rhetorica.text.ThreadLine.Kind;

class ThreadLineTest {
    private static ThreadLine line(Kind kind, String handle, Integer score, String age) {
        return new ThreadLine(kind, handle, score, age, false, null, null);
    }

    /** A submission's header, which opens a thread. */
    private static ThreadLine opening(String handle, Integer score, String age) {
        return new ThreadLine(Kind.HEADER, handle, score, age, true, null, null);
    }

    @Test
    void readsHeadersInTheirCommonShapes() {
        assertEquals(line(Kind.HEADER, "tram_enthusiast", 31, "4 hours ago"), ThreadLine.parse("tram_enthusiast 31 points 4 hours ago"));
        assertEquals(line(Kind.HEADER, "gull_watcher", 12, "3 hours ago"),
                ThreadLine.parse("[–] gull_watcher 12 points 3 hours ago (1 child)"));
        assertEquals(line(Kind.HEADER, "tidepool@lemmy.example", 1200, "1 day ago"),
                ThreadLine.parse("@tidepool@lemmy.example 1.2k points 1 day ago"));
        assertEquals(opening("riverside_walker", null, "5 hours ago"),
                ThreadLine.parse("submitted 5 hours ago by riverside_walker to c/cityplanning"));
        assertEquals(opening("sauna_sceptic", null, "6 hours ago"), ThreadLine.parse("Posted by u/sauna_sceptic 6 hours ago"));
        assertEquals(opening("quay_keeper", null, "6h"), ThreadLine.parse("r/portelling · Posted by u/quay_keeper 6h"));
        assertEquals(opening("sauna_sceptic", 142, "6 hours ago"),
                ThreadLine.parse("142 points by sauna_sceptic 6 hours ago | hide | past | favorite | 38 comments"));
        assertEquals(opening("harbour_fan", null, "Mon Mar 02, 2026 10:15 am"),
                ThreadLine.parse("Post by harbour_fan » Mon Mar 02, 2026 10:15 am"));
        assertEquals(line(Kind.HANDLE, "beacon_keeper@lemmy.example", null, null), ThreadLine.parse("• beacon_keeper@lemmy.exampleOP"));
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
