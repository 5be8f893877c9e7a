package org.rhetorica.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhetorica.text.Turn.Role;

/**
 * Roles for the speakers of a transcript whose labels and header leave some open. The interviewer
 * is the one who asks: the speaker whose turns end in a question most often, at least half of them,
 * and more often than anyone else's; failing that, the only other speaker in a two-person interview
 * whose interviewee is known. Once an interviewer is known, everyone else without a role is
 * interviewed.
 */
final class TurnRoles {
    private TurnRoles() {}

    private static final double MIN_QUESTION_SHARE = 0.5;
    /** Closing quotes, brackets and emphasis marks that may follow a question mark. */
    private static final String CLOSERS = "\"'”’»)]*_";

    /** One turn: who speaks it, what role the labels or header gave, and what is said. */
    record Said(String key, Role known, String text) {}

    /** Each speaker's role by key; a speaker the rules cannot place has none. */
    static Map<String, Role> assign(List<Said> turns) {
        Map<String, Role> roles = new LinkedHashMap<>();
        Map<String, int[]> questionsAndTurns = new LinkedHashMap<>();
        for (Said turn : turns) {
            if (turn.known() != null) {
                roles.putIfAbsent(turn.key(), turn.known());
            }
            int[] counts = questionsAndTurns.computeIfAbsent(turn.key(), key -> new int[2]);
            counts[0] += endsWithQuestion(turn.text()) ? 1 : 0;
            counts[1]++;
        }
        if (!roles.containsValue(Role.INTERVIEWER)) {
            String asker = mostAsking(questionsAndTurns, roles);
            if (asker == null && roles.containsValue(Role.INTERVIEWEE) && questionsAndTurns.size() == 2) {
                asker = questionsAndTurns.keySet().stream().filter(key -> !roles.containsKey(key)).findFirst().orElse(null);
            }
            if (asker != null) {
                roles.put(asker, Role.INTERVIEWER);
            }
        }
        if (roles.containsValue(Role.INTERVIEWER)) {
            questionsAndTurns.keySet().forEach(key -> roles.putIfAbsent(key, Role.INTERVIEWEE));
        }
        return roles;
    }

    static boolean endsWithQuestion(String text) {
        return "?？".indexOf(lastMark(text)) >= 0;
    }

    /** Whether the text ends as a sentence does, in a full stop, question or exclamation mark. */
    static boolean endsSentence(String text) {
        return ".?!…。？！".indexOf(lastMark(text)) >= 0;
    }

    /** The last character before closing quotes, brackets and white space, or a space if none. */
    private static char lastMark(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || CLOSERS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > 0 ? text.charAt(end - 1) : ' ';
    }

    private static String mostAsking(Map<String, int[]> questionsAndTurns, Map<String, Role> roles) {
        String best = null;
        double bestShare = -1;
        boolean tied = false;
        for (Map.Entry<String, int[]> entry : questionsAndTurns.entrySet()) {
            double share = (double) entry.getValue()[0] / entry.getValue()[1];
            if (share > bestShare) {
                best = entry.getKey();
                bestShare = share;
                tied = false;
            } else if (share == bestShare) {
                tied = true;
            }
        }
        boolean asks = best != null && !tied && bestShare >= MIN_QUESTION_SHARE && !roles.containsKey(best);
        return asks ? best : null;
    }
}
