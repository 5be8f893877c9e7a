package org.rhetorica.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rhetorica.text.Turn.Role;

/**
 * What the label of a transcript line says about its speaker, before the transcript's cast resolves
 * it: a role ("Q", "Interviewer", "Antwort"), a full name ("Dr. Helena Varga", "MARY KELLY, HOST",
 * "Samuel Okafor (SO)"), a single name ("Varga") or initials ("HV", "S.O.").
 *
 * @param kind what the label is
 * @param name the name without honorific, the initials without dots, or null for a role
 * @param role the role the label or its descriptor ("HOST") gives, or null
 * @param initials initials the label itself declares ("Samuel Okafor (SO)"), or null
 * @param titled whether an honorific preceded the name: "Dr. Varga" is a person even unresolved
 */
record SpeakerLabel(Kind kind, String name, Role role, String initials, boolean titled) {
    enum Kind { ROLE, FULL_NAME, SINGLE_NAME, INITIALS }

    private static final Map<String, Role> ROLE_WORDS = Map.ofEntries(
            Map.entry("q", Role.INTERVIEWER), Map.entry("question", Role.INTERVIEWER),
            Map.entry("interviewer", Role.INTERVIEWER), Map.entry("host", Role.INTERVIEWER),
            Map.entry("moderator", Role.INTERVIEWER), Map.entry("frage", Role.INTERVIEWER),
            Map.entry("f", Role.INTERVIEWER), Map.entry("pregunta", Role.INTERVIEWER), Map.entry("p", Role.INTERVIEWER),
            Map.entry("a", Role.INTERVIEWEE), Map.entry("answer", Role.INTERVIEWEE),
            Map.entry("interviewee", Role.INTERVIEWEE), Map.entry("guest", Role.INTERVIEWEE),
            Map.entry("respondent", Role.INTERVIEWEE), Map.entry("antwort", Role.INTERVIEWEE),
            Map.entry("réponse", Role.INTERVIEWEE), Map.entry("reponse", Role.INTERVIEWEE),
            Map.entry("r", Role.INTERVIEWEE), Map.entry("respuesta", Role.INTERVIEWEE));

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?){2,4}");
    private static final Pattern NAME_LABEL = Pattern.compile("(?<title>" + Names.TITLE + "\\s+)?(?<name>" + Names.NAME + ")"
            + "(?:\\s*\\((?<initials>\\p{Lu}{2,5})\\))?(?:\\s*,\\s*(?<descriptor>[\\p{L} .'’-]{2,40}))?");

    /** The label's reading, or empty when it names no one ("Note", "Opening hours", "Video Transcript"). */
    static Optional<SpeakerLabel> parse(String label) {
        String text = label.strip();
        Role role = roleWord(text);
        if (role != null) {
            return Optional.of(new SpeakerLabel(Kind.ROLE, null, role, null, false));
        }
        if (INITIALS.matcher(text).matches()) {
            return Optional.of(new SpeakerLabel(Kind.INITIALS, text.replace(".", ""), null, null, false));
        }
        Matcher m = NAME_LABEL.matcher(text);
        if (!m.matches() || !Names.mayBeName(m.group("name"))) {
            return Optional.empty();
        }
        String name = m.group("name");
        Role described = m.group("descriptor") == null ? null : roleWord(m.group("descriptor"));
        Kind kind = Names.isFull(name) ? Kind.FULL_NAME : Kind.SINGLE_NAME;
        return Optional.of(new SpeakerLabel(kind, name, described, m.group("initials"), m.group("title") != null));
    }

    /** The role a word such as "Q", "Host" or "Antwort" stands for, or null. */
    static Role roleWord(String word) {
        String lower = word.strip().toLowerCase(Locale.ROOT);
        return ROLE_WORDS.get(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    }
}
