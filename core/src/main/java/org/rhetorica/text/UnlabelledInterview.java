package org.rhetorica.text;

import java.util.ArrayList;
import java.util.List;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.text.Turn.Role;

/**
 * The turns of an interview without labels: each question is a short paragraph of its own ending in
 * a question mark, and the paragraphs after it, up to the next question, answer it. Questions are
 * the interviewer's turns, answers the interviewee's, named as the header names them
 * ({@link InterviewHeader}).
 *
 * <p>Conservative: the header must name a participant, questions are never quotations, at least
 * three questions must each be answered, and questions must be at least a fifth of the paragraphs from the first question on.
 * Paragraphs before the first question (the introduction) are no turn; header matter (an editor's
 * note) ends the interview.
 */
final class UnlabelledInterview {
    private UnlabelledInterview() {}

    private static final int MAX_QUESTION_CHARS = 300;
    private static final String OPENING_QUOTES = "\"“‘«„'";
    private static final int MIN_ANSWERED_QUESTIONS = 3;
    private static final double MIN_QUESTION_SHARE = 0.2;
    /** The first question comes after a short introduction. */
    private static final int MAX_FIRST_QUESTION = 10;

    /** Paragraphs {@code [first, last]} asked or answered in one go. */
    private record Run(boolean question, int first, int last) {}

    static List<Turn> find(Document doc, List<Span> paragraphs, boolean[] matter, List<String> bylineAuthors) {
        int firstQuestion = firstQuestion(doc, paragraphs, matter);
        if (firstQuestion < 0) {
            return List.of();
        }
        List<String> headerLines = new ArrayList<>();
        for (int i = 0; i < firstQuestion; i++) {
            headerLines.add(doc.text(paragraphs.get(i)));
        }
        InterviewHeader header = InterviewHeader.read(headerLines, bylineAuthors);
        if (!header.namesAnyone()) {
            return List.of();
        }
        List<Run> runs = runs(doc, paragraphs, matter, firstQuestion);
        int answered = 0;
        int questions = 0;
        int end = runs.get(runs.size() - 1).last();
        for (int k = 0; k < runs.size(); k++) {
            if (runs.get(k).question()) {
                questions += runs.get(k).last() - runs.get(k).first() + 1;
                answered += k + 1 < runs.size() ? 1 : 0;
            }
        }
        if (answered < MIN_ANSWERED_QUESTIONS || questions < MIN_QUESTION_SHARE * (end - firstQuestion + 1)) {
            return List.of();
        }
        List<Turn> turns = new ArrayList<>();
        for (Run run : runs) {
            int start = paragraphs.get(run.first()).start();
            int stop = paragraphs.get(run.last()).end();
            turns.add(run.question()
                    ? new Turn(start, stop, header.interviewer(), Role.INTERVIEWER, null)
                    : new Turn(start, stop, header.interviewee(), Role.INTERVIEWEE, null));
        }
        return turns;
    }

    /** The first question followed by an answer, among the first paragraphs, or -1. */
    private static int firstQuestion(Document doc, List<Span> paragraphs, boolean[] matter) {
        for (int i = 1; i + 1 < Math.min(paragraphs.size(), MAX_FIRST_QUESTION); i++) {
            if (!matter[i] && !matter[i + 1] && isQuestion(doc, paragraphs.get(i)) && !isQuestion(doc, paragraphs.get(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    /** Alternating runs of questions and answers from {@code first} to the end or to header matter. */
    private static List<Run> runs(Document doc, List<Span> paragraphs, boolean[] matter, int first) {
        List<Run> runs = new ArrayList<>();
        for (int i = first; i < paragraphs.size() && !matter[i]; i++) {
            boolean question = isQuestion(doc, paragraphs.get(i));
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.question() == question) {
                runs.set(runs.size() - 1, new Run(question, last.first(), i));
            } else {
                runs.add(new Run(question, i, i));
            }
        }
        return runs;
    }

    /** A short paragraph ending in a question mark, not a quotation: reported speech is no question asked here. */
    private static boolean isQuestion(Document doc, Span paragraph) {
        String text = doc.text(paragraph);
        return paragraph.length() <= MAX_QUESTION_CHARS && OPENING_QUOTES.indexOf(text.charAt(0)) < 0
                && TurnRoles.endsWithQuestion(text);
    }
}
