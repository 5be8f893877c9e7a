package org.rhetorica.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an interview's header says takes part: "an interview with Dr. Helena Varga" (interviewee),
 * "Interview by Otto Brand" or "Interviewer: Samuel Okafor" (interviewer), "Nils Aaberg talks to Vera
 * Holm" (interviewee, then interviewer, as in "Margaret Atwood talks to our books editor"), and
 * "Samuel Okafor (SO)" (a name with the initials its labels use). A byline settles who asks: the
 * journalist who signs an interview conducted it. The keywords are English. Names are given without
 * honorifics.
 *
 * @param interviewer the interviewer's name, or null
 * @param interviewee the interviewee's name, or null
 * @param initials initials declared in the header, upper case, to the names they stand for
 */
record InterviewHeader(String interviewer, String interviewee, Map<String, String> initials) {
    private static final String PERSON = "(?:" + Names.TITLE + "\\s+)?";
    private static final Pattern WITH = Pattern.compile("(?i:interview(?:ed)?|conversation|q\\s*&\\s*a|talking|chat)\\s+"
            + "(?i:with)\\s+" + PERSON + "(?<interviewee>" + Names.NAME + ")(?:\\s*,?\\s+(?i:by)\\s+" + PERSON
            + "(?<interviewer>" + Names.NAME + "))?");
    private static final Pattern BY = Pattern.compile("(?i:interview(?:ed|s)?|questions|conducted|moderated)\\s+(?i:by)\\s+"
            + PERSON + "(?<interviewer>" + Names.NAME + ")");
    private static final Pattern TALKS = Pattern.compile(PERSON + "(?<interviewee>" + Names.NAME + ")\\s+"
            + "(?i:talks|speaks|chats)\\s+(?i:to|with)\\s+" + PERSON + "(?<interviewer>" + Names.NAME + ")");
    private static final Pattern DECLARED_INTERVIEWER = Pattern.compile("(?i:interviewer|host|moderator)\\s*:\\s*"
            + PERSON + "(?<interviewer>" + Names.NAME + ")");
    private static final Pattern DECLARED_INTERVIEWEE = Pattern.compile("(?i:interviewee|guest|respondent)\\s*:\\s*"
            + PERSON + "(?<interviewee>" + Names.NAME + ")");
    private static final Pattern NAME_WITH_INITIALS = Pattern.compile("(?<name>" + Names.NAME + ")\\s*\\((?<initials>\\p{Lu}{2,5})\\)");

    /** A phrase that names a participant, and which roles its groups name. */
    private record Cue(Pattern pattern, boolean namesInterviewer, boolean namesInterviewee) {}

    private static final List<Cue> CUES = List.of(new Cue(WITH, true, true), new Cue(BY, true, false),
            new Cue(TALKS, true, true), new Cue(DECLARED_INTERVIEWER, true, false), new Cue(DECLARED_INTERVIEWEE, false, true));

    /** Every cue above contains one of these, lower case. */
    private static final List<String> CUE_WORDS = List.of("interview", "conversation", "q&a", "q & a", "talk", "chat",
            "speaks", "questions", "conducted", "moderat", "host", "guest", "respondent");
    private static final Pattern INITIALS_IN_PARENTHESES = Pattern.compile("\\(\\p{Lu}{2,5}\\)");

    /**
     * Reads the header lines; the first name found for each role counts. The first of
     * {@code bylineAuthors} is the interviewer when the header names only the interviewee, or names the
     * byline's author as the interviewee.
     */
    static InterviewHeader read(List<String> lines, List<String> bylineAuthors) {
        String interviewer = null;
        String interviewee = null;
        Map<String, String> initials = new LinkedHashMap<>();
        for (String line : lines) {
            // Cheap looks first: the patterns below try every position of the line.
            for (Cue cue : hasCueWord(line) ? CUES : List.<Cue>of()) {
                Matcher m = cue.pattern().matcher(line);
                while (m.find()) {
                    if (interviewer == null && cue.namesInterviewer()) {
                        interviewer = named(m.group("interviewer"));
                    }
                    if (interviewee == null && cue.namesInterviewee()) {
                        interviewee = named(m.group("interviewee"));
                    }
                }
            }
            Matcher m = NAME_WITH_INITIALS.matcher(line);
            if (INITIALS_IN_PARENTHESES.matcher(line).find()) {
                while (m.find()) {
                    initials.putIfAbsent(m.group("initials"), Names.trimRunningName(m.group("name")));
                }
            }
        }
        String signed = bylineAuthors.isEmpty() ? null : bylineAuthors.get(0);
        if (signed != null && interviewee != null && Names.key(signed).equals(Names.key(interviewee))) {
            interviewee = interviewer;
            interviewer = signed;
        } else if (signed != null && interviewer == null && interviewee != null) {
            interviewer = signed;
        }
        return new InterviewHeader(interviewer, interviewee, Map.copyOf(initials));
    }

    private static boolean hasCueWord(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String word : CUE_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the header names anyone taking part. */
    boolean namesAnyone() {
        return interviewer != null || interviewee != null;
    }

    /** Every name the header gives, interviewer first. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        if (interviewer != null) {
            names.add(interviewer);
        }
        if (interviewee != null) {
            names.add(interviewee);
        }
        names.addAll(initials.values());
        return names;
    }

    private static String named(String name) {
        return name == null ? null : Names.trimRunningName(name);
    }
}
