package org.rhetorica.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.analysis.techniques.Technique;
import org.rhetorica.analysis.claims.ClaimSpan;
import org.rhetorica.analysis.techniques.TechniqueSpan;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.PipelineSpec;
import org.rhetorica.doc.Span;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.text.Post;
import org.rhetorica.text.Sentences;
import org.rhetorica.text.Turn;

/**
 * A short made-up news page with every layer, built by hand (the annotators of quotes, entities and
 * techniques are not part of this package): an article, an interview and a reader comment that
 * starts with an emoji, so that code point and UTF-16 offsets differ after it.
 */
final class ExampleDocument {
    static final String TEXT = """
            Ferry talks resume in Port Alder after a chaotic winter

            Mayor Lena Moss said on Monday that the council would reopen talks on the ferry timetable. \
            "Either we fix the timetable this year or the islands empty out," Moss said.

            ED: Will the ferry keep running?

            LM: It will. Every serious engineer agrees with us.

            gull_watcher 12 points 2 hours ago
            \uD83C\uDF0A Clean harbour, safe harbour!
            """;

    /** The pipeline record of the example: that of the pipeline this build runs, with its models' real digests. */
    static final PipelineSpec PIPELINE = currentPipeline();

    private ExampleDocument() {}

    private static PipelineSpec currentPipeline() {
        try (Resources resources = new Resources(EncoderSpec.DEFAULT.withThreads(1))) {
            return Pipeline.standard(resources, Set.of()).spec();
        }
    }

    static Document build() {
        Metadata metadata = new Metadata("port-alder-ferry",
                new Origin("examples/port-alder.txt", 0, TEXT.codePointCount(0, TEXT.length()), null),
                "Ferry talks resume in Port Alder after a chaotic winter", "Nora Vik", "2026-03-02", Metadata.FROM_MARKUP, "Alder Gazette",
                "https://alder-gazette.example/ferry-talks", "en", List.of(), PIPELINE);
        String speaker = "Lena Moss";
        return Document.of(TEXT, metadata)
                .with(Paragraphs.LAYER, lines())
                .with(Sentences.LAYER, List.of(
                        at("Ferry talks resume in Port Alder after a chaotic winter"),
                        at("Mayor Lena Moss said on Monday that the council would reopen talks on the ferry timetable."),
                        at("\"Either we fix the timetable this year or the islands empty out,\" Moss said."),
                        at("ED: Will the ferry keep running?"),
                        at("LM: It will."),
                        at("Every serious engineer agrees with us."),
                        at("gull_watcher 12 points 2 hours ago"),
                        at("\uD83C\uDF0A Clean harbour, safe harbour!")))
                .with(Turn.LAYER, List.of(
                        turn("Will the ferry keep running?", "Eda Dunn", Turn.Role.INTERVIEWER, "ED:"),
                        turn("It will. Every serious engineer agrees with us.", speaker, Turn.Role.INTERVIEWEE, "LM:")))
                .with(Post.LAYER, List.of(post("\uD83C\uDF0A Clean harbour, safe harbour!", "gull_watcher", 12, "2 hours ago")))
                .with(Entity.LAYER, List.of(
                        entity(at("Port Alder"), "LOCATION", "e1", "Port Alder"),
                        entity(at("Lena Moss"), "PERSON", "e2", speaker),
                        entity(at("Moss", 2), "PERSON", "e2", speaker)))
                .with(Quote.LAYER, List.of(
                        new Quote(start("the council would"), end("ferry timetable"), Quote.Kind.INDIRECT,
                                at("said"), at("Mayor Lena Moss"), speaker, "e2"),
                        new Quote(start("Either we fix the timetable"), end("islands empty out"), Quote.Kind.DIRECT,
                                at("said", 2), at("Moss", 2), speaker, "e2"),
                        quote(at("Will the ferry keep running?"), Quote.Kind.TURN, null, null, "Eda Dunn"),
                        quote(at("It will. Every serious engineer agrees with us."), Quote.Kind.TURN, null, null, speaker),
                        quote(at("\uD83C\uDF0A Clean harbour, safe harbour!"), Quote.Kind.TURN, null, null, "gull_watcher")))
                .with(TechniqueSpan.LAYER, List.of(
                        technique(at("chaotic"), Technique.LOADED_LANGUAGE, 0.42, null),
                        technique(at("Either we fix the timetable this year or the islands empty out"),
                                Technique.BLACK_AND_WHITE_FALLACY, 0.91, speaker),
                        technique(at("Every serious engineer agrees with us"), Technique.APPEAL_TO_AUTHORITY, 0.78, speaker),
                        technique(at("Clean harbour, safe harbour!"), Technique.SLOGANS, 0.85, "gull_watcher")))
                .with(ClaimSpan.LAYER, List.of(
                        claim(at("Mayor Lena Moss said on Monday that the council would reopen talks on the ferry timetable."), 0.71,
                                speaker, "c3f1a9e27b04", null),
                        claim(at("Every serious engineer agrees with us."), 0.64, speaker, "c58d02b6e1aa",
                                new ClaimSpan.KnownMatch("kc-17", "Engineers all back the Port Alder ferry timetable.",
                                        "Do all engineers back the timetable?", "Unproven", "https://checks.example.org/port-alder-engineers",
                                        "2026-02-20", "Example Checks", 0.83))));
    }

    static ClaimSpan claim(Span span, double score, String speaker, String cluster, ClaimSpan.KnownMatch known) {
        return new ClaimSpan(span.start(), span.end(), score, speaker, cluster, known);
    }

    /** The first occurrence of {@code part} in the text. */
    static Span at(String part) {
        return at(part, 1);
    }

    /** The {@code nth} occurrence of {@code part} in the text. */
    static Span at(String part, int nth) {
        return Texts.find(TEXT, part, nth);
    }

    private static int start(String part) {
        return at(part).start();
    }

    private static int end(String part) {
        return at(part).end();
    }

    private static List<Span> lines() {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int newline = TEXT.indexOf('\n'); newline >= 0; newline = TEXT.indexOf('\n', start)) {
            if (newline > start) {
                lines.add(new Span(start, newline));
            }
            start = newline + 1;
        }
        return lines;
    }

    private static Turn turn(String said, String speaker, Turn.Role role, String label) {
        Span span = at(said);
        return new Turn(span.start(), span.end(), speaker, role, at(label));
    }

    private static Post post(String written, String author, Integer score, String age) {
        Span span = at(written);
        return new Post(span.start(), span.end(), "p1", null, 0, author, null, null, age, score);
    }

    static Entity entity(Span span, String type, String id, String name) {
        return new Entity(span.start(), span.end(), type, id, name, Entity.Kind.NAME);
    }

    static Quote quote(Span span, Quote.Kind kind, Span cue, Span speakerMention, String speaker) {
        return new Quote(span.start(), span.end(), kind, cue, speakerMention, speaker, null);
    }

    static TechniqueSpan technique(Span span, Technique technique, double score, String speaker) {
        return new TechniqueSpan(span.start(), span.end(), technique.label(), score, speaker);
    }
}
