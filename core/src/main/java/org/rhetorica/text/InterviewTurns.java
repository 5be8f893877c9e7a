package org.rhetorica.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.pipeline.Annotator;

/**
 * Finds the turns of interview transcripts: labelled ones first ({@link LabelledTranscript}), else
 * question-and-answer paragraphs under a header that names the participants
 * ({@link UnlabelledInterview}). Ordinary texts get no turns.
 *
 * <p>Speakers are full names as the transcript or its header introduces them, without honorifics
 * ("Dr. Helena Varga" speaks as "Helena Varga"); initials and single names resolve to them. A role
 * label the header does not resolve ("Q:" with no interviewer named) gives a turn with a role and no
 * speaker.
 *
 * <p>Requires {@link Paragraphs#LAYER}, {@link Paragraphs#LINES} and {@link HeaderPart#LAYER} (headlines, bylines and notes are
 * never turns; the byline names the interviewer when nothing else does); produces
 * {@link Turn#LAYER}. Works on layout and labels, in any language; the header's keywords are
 * English. Stateless and thread-safe.
 */
public final class InterviewTurns implements Annotator {
    /** What this annotator produces, declared once for it and its provider. */
    public static final Set<DataKey> PRODUCES = Set.of(Turn.LAYER);
    @Override
    public Set<DataKey> requires() {
        return Set.of(Paragraphs.LAYER, Paragraphs.LINES, HeaderPart.LAYER);
    }

    @Override
    public Set<DataKey> produces() {
        return PRODUCES;
    }

    @Override
    public Document annotate(Document doc) {
        List<HeaderPart> header = doc.layer(HeaderPart.LAYER);
        List<String> bylineAuthors = new ArrayList<>();
        for (HeaderPart part : header) {
            if (part.kind() == HeaderPart.Kind.BYLINE) {
                Byline.parse(doc.text(part)).ifPresent(byline -> bylineAuthors.addAll(byline.authors()));
            }
        }
        List<Span> lines = doc.layer(Paragraphs.LINES);
        List<Turn> turns = LabelledTranscript.find(doc, lines, overlapping(lines, header), bylineAuthors);
        if (turns.isEmpty()) {
            List<Span> paragraphs = doc.layer(Paragraphs.LAYER);
            turns = UnlabelledInterview.find(doc, paragraphs, overlapping(paragraphs, header), bylineAuthors);
        }
        return doc.with(Turn.LAYER, turns);
    }

    /** For each span, whether header matter overlaps it; both lists are in text order. */
    private static boolean[] overlapping(List<Span> spans, List<HeaderPart> header) {
        boolean[] overlaps = new boolean[spans.size()];
        int part = 0;
        for (int i = 0; i < spans.size() && part < header.size(); i++) {
            while (part < header.size() && header.get(part).end() <= spans.get(i).start()) {
                part++;
            }
            overlaps[i] = part < header.size() && header.get(part).overlaps(spans.get(i));
        }
        return overlaps;
    }
}
