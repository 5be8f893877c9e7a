package org.rhetorica.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Document;
import org.rhetorica.text.Turn.Role;

class InterviewTurnsTest {
    private static final Role INTERVIEWER = Role.INTERVIEWER;
    private static final Role INTERVIEWEE = Role.INTERVIEWEE;

    /** A turn as seen in the text: its span and text, speaker, role, and its label's span and text. */
    private record Seen(int start, int end, String text, String speaker, Role role, Integer labelStart, Integer labelEnd,
            String label) {}

    private static Seen turn(int start, int end, String text, String speaker, Role role, int labelStart, int labelEnd, String label) {
        return new Seen(start, end, text, speaker, role, labelStart, labelEnd, label);
    }

    private static Seen turn(int start, int end, String text, String speaker, Role role) {
        return new Seen(start, end, text, speaker, role, null, null, null);
    }

    private static List<Seen> turns(String text) {
        Document doc = TextFixtures.document(text);
        return doc.layer(Turn.LAYER).stream().map(t -> t.label() == null
                ? turn(t.start(), t.end(), doc.text(t), t.speaker(), t.role())
                : turn(t.start(), t.end(), doc.text(t), t.speaker(), t.role(), t.label().start(), t.label().end(), doc.text(t.label())))
                .toList();
    }

    @Test
    void initialsResolveToTheFullNamesIntroducedEarlierWithoutHonorifics() {
        assertEquals(List.of(
                turn(167, 279, "Dr. Varga, thank you for joining us. Let's start with the obvious question. Will the lights stay on this winter?", "Samuel Okafor", INTERVIEWER, 152, 166, "Samuel Okafor:"),
                turn(295, 474, "They will, if we stop pretending that one source of power can carry the whole grid. We have reserves for about six weeks of severe cold. That is enough, but it is not comfortable.", "Helena Varga", INTERVIEWEE, 281, 294, "Helena Varga:"),
                turn(480, 549, "Critics say your agency waited too long to sign new supply contracts.", "Samuel Okafor", INTERVIEWER, 476, 479, "SO:"),
                turn(555, 722, "That is simply not true. We signed the first contracts in June, months before anyone was talking about shortages. Some commentators prefer a good scare to a dull fact.", "Helena Varga", INTERVIEWEE, 551, 554, "HV:"),
                turn(728, 764, "What should households do right now?", "Samuel Okafor", INTERVIEWER, 724, 727, "SO:"),
                turn(770, 893, "Insulate what they can, and ignore the people telling them to panic-buy heaters. Panic is the most expensive fuel there is.", "Helena Varga", INTERVIEWEE, 766, 769, "HV:"),
                turn(899, 930, "Last question. Are you worried?", "Samuel Okafor", INTERVIEWER, 895, 898, "SO:"),
                turn(936, 1013, "I am vigilant. Worry is what happens when nobody has a plan, and we have one.", "Helena Varga", INTERVIEWEE, 932, 935, "HV:")),
                turns(TextFixtures.sample("interview-transcript.txt")));
    }

    @Test
    void organisationsSpeakUnderTheirNamesAndInitialsAndTheOneWhoAsksIsTheInterviewer() {
        assertEquals(List.of(
                turn(236, 263, "Who pays for your campaign?", "Valley Courier", INTERVIEWER, 220, 235, "Valley Courier:"),
                turn(290, 420, "Our members do. We have about four hundred of them, most of them island families, and nobody gives more than fifty crowns a month.", "Harbor Watch Foundation", INTERVIEWEE, 265, 289, "Harbor Watch Foundation:"),
                turn(426, 460, "Why did you oppose the water taxi?", "Valley Courier", INTERVIEWER, 422, 425, "VC:"),
                turn(467, 548, "We did not oppose it. We asked for a timetable, and we are still waiting for one.", "Harbor Watch Foundation", INTERVIEWEE, 462, 466, "HWF:"),
                turn(554, 575, "Will you go to court?", "Valley Courier", INTERVIEWER, 550, 553, "VC:"),
                turn(582, 671, "Only if the council refuses to publish the repair survey.\nIt has promised to do so twice.", "Harbor Watch Foundation", INTERVIEWEE, 577, 581, "HWF:")),
                turns(TextFixtures.resource("interview-organisation.txt")),
                "the editor's note after the last answer is no part of it");
    }

    @Test
    void questionAndAnswerLabelsResolveToThePeopleTheHeaderAndBylineName() {
        assertEquals(List.of(
                turn(88, 128, "When did you first sail the outer route?", "Vera Holm", INTERVIEWER, 85, 87, "Q:"),
                turn(133, 237, "In the winter of my nineteenth year. The regular captain broke his wrist and nobody else wanted the job.", "Nils Aaberg", INTERVIEWEE, 130, 132, "A:"),
                turn(242, 273, "Has the sea changed since then?", "Vera Holm", INTERVIEWER, 239, 241, "Q:"),
                turn(278, 341, "The sea has not. The boats have, and the paperwork has tripled.", "Nils Aaberg", INTERVIEWEE, 275, 277, "A:"),
                turn(346, 365, "What will you miss?", "Vera Holm", INTERVIEWER, 343, 345, "Q:"),
                turn(370, 450, "The quiet hour before the first crossing, when the harbour belongs to the gulls.", "Nils Aaberg", INTERVIEWEE, 367, 369, "A:")),
                turns(TextFixtures.resource("interview-generic-labels.txt")));
    }

    @Test
    void unlabelledQuestionsAndAnswersUnderAnInterviewHeader() {
        assertEquals(List.of(
                turn(192, 210, "How did you start?", "Otto Brand", INTERVIEWER),
                turn(212, 334, "My grandmother left me two hives and a smoker. I had no idea what to do with either, so I read every book the library had.", "Lise Marten", INTERVIEWEE),
                turn(336, 358, "Is the wind a problem?", "Otto Brand", INTERVIEWER),
                turn(360, 554, "It is the problem. Bees do not fly in strong wind, so in a bad summer they may lose half their foraging days.\n\nWe rebuilt the hives lower to the ground last year. It helped more than I expected.", "Lise Marten", INTERVIEWEE),
                turn(556, 570, "And the honey?", "Otto Brand", INTERVIEWER),
                turn(572, 625, "Darker than on the mainland, and people pay for that.", "Lise Marten", INTERVIEWEE)),
                turns(TextFixtures.resource("interview-unlabelled.txt")),
                "the introduction is no turn; an answer runs across paragraphs");
    }

    @Test
    void ordinaryArticlesAndThreadsHaveNoTurns() {
        assertEquals(List.of(), turns(TextFixtures.resource("article-ordinary.txt")));
        assertEquals(List.of(), turns(TextFixtures.sample("article-with-quotes.txt")));
        assertEquals(List.of(), turns(TextFixtures.sample("forum-thread.txt")));
        assertEquals(List.of(), turns(TextFixtures.resource("thread-old-reddit.txt")));
    }

    @Test
    void fieldListsAreNoTranscripts() {
        String text = "Two museums reopen\n\nHarbour Museum\nOpening Hours: 9 to 5\nTicket Price: 5 crowns\n\n"
                + "Lighthouse Museum\nOpening Hours: 10 to 4\nTicket Price: 3 crowns\n\nWorth a visit? Yes.\n";
        assertEquals(List.of(), turns(text));
    }

    @Test
    void aHeadingWithAColonIsNoSpeaker() {
        String text = "Video Transcript: evening news\n\nANNA BERG: Is the pier safe?\nIVAR LUND: No.\n"
                + "ANNA BERG: Why not?\nIVAR LUND: Rust.\n";
        assertEquals(List.of(
                turn(43, 60, "Is the pier safe?", "ANNA BERG", INTERVIEWER, 32, 42, "ANNA BERG:"),
                turn(72, 75, "No.", "IVAR LUND", INTERVIEWEE, 61, 71, "IVAR LUND:"),
                turn(87, 95, "Why not?", "ANNA BERG", INTERVIEWER, 76, 86, "ANNA BERG:"),
                turn(107, 112, "Rust.", "IVAR LUND", INTERVIEWEE, 96, 106, "IVAR LUND:")),
                turns(text));
    }

    @Test
    void labelsNoHeaderIntroducesCountWhenTheyAlternateLongEnough() {
        String text = "Night shift\n\nJD: Are you tired?\nKL: Always.\nJD: Coffee?\nKL: Please.\nJD: Black?\nKL: With milk.\n";
        assertEquals(List.of(
                turn(17, 31, "Are you tired?", "JD", INTERVIEWER, 13, 16, "JD:"),
                turn(36, 43, "Always.", "KL", INTERVIEWEE, 32, 35, "KL:"),
                turn(48, 55, "Coffee?", "JD", INTERVIEWER, 44, 47, "JD:"),
                turn(60, 67, "Please.", "KL", INTERVIEWEE, 56, 59, "KL:"),
                turn(72, 78, "Black?", "JD", INTERVIEWER, 68, 71, "JD:"),
                turn(83, 93, "With milk.", "KL", INTERVIEWEE, 79, 82, "KL:")),
                turns(text));
        assertEquals(List.of(), turns("Night shift\n\nJD: Are you tired?\nKL: Always.\nJD: Coffee?\nKL: Please.\n"),
                "two turns each of labels nobody introduced are not enough");
    }

    @Test
    void uncertainLabelsThatRecurJoinATranscript() {
        String text = "Evening news\n\nANNA BERG: Is the pier safe?\nIVAR LUND: No.\nHANSEN: It is.\n"
                + "ANNA BERG: Why not?\nIVAR LUND: Rust.\nHANSEN: Paint.\n";
        assertEquals(List.of(
                turn(25, 42, "Is the pier safe?", "ANNA BERG", INTERVIEWER, 14, 24, "ANNA BERG:"),
                turn(54, 57, "No.", "IVAR LUND", INTERVIEWEE, 43, 53, "IVAR LUND:"),
                turn(66, 72, "It is.", "HANSEN", INTERVIEWEE, 58, 65, "HANSEN:"),
                turn(84, 92, "Why not?", "ANNA BERG", INTERVIEWER, 73, 83, "ANNA BERG:"),
                turn(104, 109, "Rust.", "IVAR LUND", INTERVIEWEE, 93, 103, "IVAR LUND:"),
                turn(118, 124, "Paint.", "HANSEN", INTERVIEWEE, 110, 117, "HANSEN:")),
                turns(text));
    }

    @Test
    void surnameLabelsResolveToTheFullNamesOfEarlierLabels() {
        String text = "Evening news\n\nANNA BERG, HOST: Good evening. Is the pier safe?\nIVAR LUND, ENGINEER: No.\n"
                + "BERG: Why not?\nLUND: Rust.\nBERG: Can it be fixed?\nLUND: At a price.\n";
        assertEquals(List.of(
                turn(31, 62, "Good evening. Is the pier safe?", "ANNA BERG", INTERVIEWER, 14, 30, "ANNA BERG, HOST:"),
                turn(84, 87, "No.", "IVAR LUND", INTERVIEWEE, 63, 83, "IVAR LUND, ENGINEER:"),
                turn(94, 102, "Why not?", "ANNA BERG", INTERVIEWER, 88, 93, "BERG:"),
                turn(109, 114, "Rust.", "IVAR LUND", INTERVIEWEE, 103, 108, "LUND:"),
                turn(121, 137, "Can it be fixed?", "ANNA BERG", INTERVIEWER, 115, 120, "BERG:"),
                turn(144, 155, "At a price.", "IVAR LUND", INTERVIEWEE, 138, 143, "LUND:")),
                turns(text));
    }

    @Test
    void aLabelAloneOnItsLineOpensTheTurnOnTheNextLine() {
        String text = "Q&A with Lise Marten\n\nQ:\nWhy bees?\n\nA:\nThey were my grandmother's.\n\nQ:\nAnd now?\n\nA:\nThey are mine.\n";
        assertEquals(List.of(
                turn(25, 34, "Why bees?", null, INTERVIEWER, 22, 24, "Q:"),
                turn(39, 66, "They were my grandmother's.", "Lise Marten", INTERVIEWEE, 36, 38, "A:"),
                turn(71, 79, "And now?", null, INTERVIEWER, 68, 70, "Q:"),
                turn(84, 98, "They are mine.", "Lise Marten", INTERVIEWEE, 81, 83, "A:")),
                turns(text));
    }

    @Test
    void questionsInQuotationMarksAreReportedSpeechNotAnUnlabelledInterview() {
        String text = "Mayor defends pier plan in interview with Otto Brand\n\nThe mayor spoke on Tuesday.\n\n"
                + "\"Who will pay for it?\" he asked.\n\nNobody answered.\n\n\"Is it safe?\"\n\nThe engineers said no.\n\n"
                + "\"Can it be fixed?\"\n\nAt a price, they said.\n\n\"When?\"\n\nNot this year.\n";
        assertEquals(List.of(), turns(text));
    }
}
