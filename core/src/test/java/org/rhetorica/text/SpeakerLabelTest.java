package org.rhetorica.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rhetorica.text.SpeakerLabel.Kind;
import org.rhetorica.text.Turn.Role;

class SpeakerLabelTest {
    private static Optional<SpeakerLabel> label(Kind kind, String name, Role role, String initials, boolean titled) {
        return Optional.of(new SpeakerLabel(kind, name, role, initials, titled));
    }

    @Test
    void readsRolesNamesAndInitials() {
        assertEquals(label(Kind.ROLE, null, Role.INTERVIEWER, null, false), SpeakerLabel.parse("Q"));
        assertEquals(label(Kind.ROLE, null, Role.INTERVIEWEE, null, false), SpeakerLabel.parse("Antwort"));
        assertEquals(label(Kind.FULL_NAME, "Helena Varga", null, null, true), SpeakerLabel.parse("Dr. Helena Varga"));
        assertEquals(label(Kind.FULL_NAME, "Samuel Okafor", null, "SO", false), SpeakerLabel.parse("Samuel Okafor (SO)"));
        assertEquals(label(Kind.FULL_NAME, "MARY KELLY", Role.INTERVIEWER, null, false), SpeakerLabel.parse("MARY KELLY, HOST"));
        assertEquals(label(Kind.FULL_NAME, "Ursula von der Leyen", null, null, false), SpeakerLabel.parse("Ursula von der Leyen"));
        assertEquals(label(Kind.SINGLE_NAME, "Varga", null, null, true), SpeakerLabel.parse("Mayor Varga"));
        assertEquals(label(Kind.INITIALS, "HWF", null, null, false), SpeakerLabel.parse("H.W.F."));
    }

    @Test
    void fieldsHeadingsAndPhrasesNameNoOne() {
        assertEquals(Optional.empty(), SpeakerLabel.parse("Opening hours"));
        assertEquals(Optional.empty(), SpeakerLabel.parse("Video Transcript"));
        assertEquals(Optional.empty(), SpeakerLabel.parse("Rask tweeted after the vote"));
        assertEquals(Optional.empty(), SpeakerLabel.parse("10"));
    }
}
