package org.rhetorica.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.text.Turn.Role;

/**
 * The turns of a transcript whose lines open with speaker labels ("Samuel Okafor:", "HV:", "Q:",
 * "Q."). A turn runs from after its label to the line before the next label, across lines, and stops
 * at header matter (an editor's note, say).
 *
 * <p>Conservative: the labels must name people ({@link SpeakerLabel}), at least two speakers must
 * take two turns each, the speaker must change at least three times, some turn must end in a
 * question and at least half of them like a sentence. Labels that resolve to no known name ("JD",
 * "HANSEN") are uncertain: when the certain labels make no transcript, all labels together must,
 * with three turns each for two speakers; when they do, uncertain labels that recur join them, and
 * one that does not is part of the turn it stands in. Leading lines that only declare a role
 * ("Interviewer: Samuel Okafor.") belong to the header, not to the turns.
 */
final class LabelledTranscript {
    private LabelledTranscript() {}

    /** Also how often an uncertain label must recur to join a transcript. */
    private static final int MIN_TURNS_EACH = 2;
    private static final int MIN_TURNS_EACH_UNCERTAIN = 3;
    private static final int MIN_CHANGES = 3;
    private static final int MAX_LABEL_CHARS = 60;
    /** The header that names the participants stands among the first lines. */
    private static final int HEADER_LINES = 10;

    /** A colon and a space, or a colon straight before a capital ("JP:That is"), but not "10:30" or "https://". */
    private static final Pattern LABEL = Pattern.compile(
            "[^:\\n]{1," + MAX_LABEL_CHARS + "}?\\s*:(?=\\s|$|[\\p{Lu}\"“‘])|[QA]\\.(?=\\s)");
    private static final Pattern LABEL_END = Pattern.compile("\\s*[:.]$");
    private static final Pattern DECLARATION = Pattern.compile(
            "(?:" + Names.TITLE + "\\s+)?(?<name>" + Names.NAME + ")\\s*(?:\\.(?:\\s|$)|$)");

    /** A line that opens with a label. */
    private record Labelled(int line, Span label, int contentStart, SpeakerLabel reading) {}

    /** A labelled line resolved to its speaker. */
    private record Opening(Labelled labelled, Cast.Speaker speaker) {}

    static List<Turn> find(Document doc, List<Span> lines, boolean[] matter, List<String> bylineAuthors) {
        List<Labelled> labelled = labelledLines(doc, lines, matter);
        int declarations = 0;
        while (declarations < labelled.size() && isDeclaration(doc, lines, labelled.get(declarations))) {
            declarations++;
        }
        List<Labelled> candidates = labelled.subList(declarations, labelled.size());
        if (candidates.size() < 2 * MIN_TURNS_EACH) {
            return List.of();
        }
        List<String> headerLines = new ArrayList<>();
        for (int i = 0; i < Math.min(candidates.get(0).line(), HEADER_LINES); i++) {
            headerLines.add(doc.text(lines.get(i)));
        }
        Cast cast = new Cast(InterviewHeader.read(headerLines, bylineAuthors),
                candidates.stream().map(Labelled::reading).toList());
        List<Opening> openings = candidates.stream().map(l -> new Opening(l, cast.resolve(l.reading()))).toList();

        List<Opening> certain = openings.stream().filter(opening -> opening.speaker().certain()).toList();
        if (!isTranscript(doc, draft(lines, matter, certain), MIN_TURNS_EACH)) {
            Draft all = draft(lines, matter, openings);
            return isTranscript(doc, all, MIN_TURNS_EACH_UNCERTAIN) ? turns(doc, all) : List.of();
        }
        // Uncertain labels that recur are speakers the header did not introduce ("HANSEN:").
        Map<String, Integer> uncertainTurns = new HashMap<>();
        openings.stream().filter(opening -> !opening.speaker().certain())
                .forEach(opening -> uncertainTurns.merge(opening.speaker().key(), 1, Integer::sum));
        List<Opening> speakers = openings.stream()
                .filter(opening -> opening.speaker().certain() || uncertainTurns.get(opening.speaker().key()) >= MIN_TURNS_EACH)
                .toList();
        return turns(doc, draft(lines, matter, speakers));
    }

    private static List<Labelled> labelledLines(Document doc, List<Span> lines, boolean[] matter) {
        List<Labelled> labelled = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            String text = doc.text(line);
            int colon = text.indexOf(':');
            boolean mayHaveLabel = colon >= 0 && colon <= MAX_LABEL_CHARS + 1 || text.startsWith("Q.") || text.startsWith("A.");
            if (matter[i] || !mayHaveLabel) {
                continue;
            }
            Matcher m = LABEL.matcher(text);
            if (!m.lookingAt()) {
                continue;
            }
            String labelText = LABEL_END.matcher(text.substring(0, m.end())).replaceFirst("");
            Optional<SpeakerLabel> reading = SpeakerLabel.parse(labelText);
            if (reading.isPresent()) {
                int contentStart = line.start() + m.end();
                Span content = Paragraphs.trim(doc.text(), contentStart, line.end());
                labelled.add(new Labelled(i, new Span(line.start(), contentStart),
                        content == null ? line.end() : content.start(), reading.get()));
            }
        }
        return labelled;
    }

    /** "Interviewer: Samuel Okafor." names a participant; "Interviewer: Dr. Varga, welcome." is a turn. */
    private static boolean isDeclaration(Document doc, List<Span> lines, Labelled labelled) {
        // A role word, not a letter: "Q: Samuel Okafor." would be a question.
        boolean roleWord = labelled.reading().kind() == SpeakerLabel.Kind.ROLE && labelled.label().length() > 2;
        Matcher m = DECLARATION.matcher(doc.text()).region(labelled.contentStart(), lines.get(labelled.line()).end());
        return roleWord && m.lookingAt() && Names.isFull(m.group("name"));
    }

    /** Openings that have something said after them, and what they say. */
    private record Draft(List<Opening> openings, List<Span> said) {}

    private static Draft draft(List<Span> lines, boolean[] matter, List<Opening> openings) {
        List<Opening> kept = new ArrayList<>();
        List<Span> said = new ArrayList<>();
        for (int k = 0; k < openings.size(); k++) {
            int next = k + 1 < openings.size() ? openings.get(k + 1).labelled().line() : lines.size();
            Span span = span(lines, matter, openings.get(k).labelled(), next);
            if (span != null) {
                kept.add(openings.get(k));
                said.add(span);
            }
        }
        return new Draft(kept, said);
    }

    private static List<TurnRoles.Said> said(Document doc, Draft draft) {
        List<TurnRoles.Said> said = new ArrayList<>();
        for (int k = 0; k < draft.openings().size(); k++) {
            Cast.Speaker speaker = draft.openings().get(k).speaker();
            said.add(new TurnRoles.Said(speaker.key(), speaker.role(), doc.text(draft.said().get(k))));
        }
        return said;
    }

    private static List<Turn> turns(Document doc, Draft draft) {
        Map<String, Role> roles = TurnRoles.assign(said(doc, draft));
        List<Turn> turns = new ArrayList<>();
        for (int k = 0; k < draft.openings().size(); k++) {
            Opening opening = draft.openings().get(k);
            Span span = draft.said().get(k);
            turns.add(new Turn(span.start(), span.end(), opening.speaker().name(), roles.get(opening.speaker().key()),
                    opening.labelled().label()));
        }
        return turns;
    }

    /** What is said after the label, up to the line before {@code nextLine} or the first line of header matter. */
    private static Span span(List<Span> lines, boolean[] matter, Labelled labelled, int nextLine) {
        int line = labelled.line();
        int start = labelled.contentStart();
        int end = lines.get(line).end();
        for (int i = line + 1; i < nextLine && !matter[i]; i++) {
            if (start == end) {
                start = lines.get(i).start();
            }
            end = lines.get(i).end();
        }
        return start < end ? new Span(start, end) : null;
    }

    private static boolean isTranscript(Document doc, Draft draft, int minTurnsEach) {
        List<TurnRoles.Said> said = said(doc, draft);
        Map<String, Integer> turnsBySpeaker = new HashMap<>();
        int changes = 0;
        int sentences = 0;
        boolean asks = false;
        for (int k = 0; k < said.size(); k++) {
            turnsBySpeaker.merge(said.get(k).key(), 1, Integer::sum);
            changes += k > 0 && !said.get(k).key().equals(said.get(k - 1).key()) ? 1 : 0;
            asks |= TurnRoles.endsWithQuestion(said.get(k).text());
            sentences += TurnRoles.endsSentence(said.get(k).text()) ? 1 : 0;
        }
        long regulars = turnsBySpeaker.values().stream().filter(count -> count >= minTurnsEach).count();
        // Field lists ("Opening hours: 9 to 5") alternate too, but their values are no sentences.
        return regulars >= 2 && changes >= MIN_CHANGES && asks && sentences * 2 >= said.size();
    }
}
