package org.rhetorica.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageTest {
    private static Language language;

    @BeforeAll
    static void load() {
        language = Language.load();
    }

    @Test
    void tellsShortTextsApart() {
        assertEquals("en", language.detect("I think this is a terrible idea and the mayor should resign now."));
        assertEquals("de", language.detect("Der Rat der Stadt hat am Montag beschlossen, die alte Mole vor dem Sommer zu reparieren."));
        assertEquals("fr", language.detect("Le conseil municipal a voté lundi pour réparer la vieille jetée avant l'été."));
    }

    @Test
    void tooFewLettersIsUndetermined() {
        assertEquals("und", language.detect("12:30 — 4/5 ★★★"));
    }
}
