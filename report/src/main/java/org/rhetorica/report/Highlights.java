package org.rhetorica.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.rhetorica.analysis.claims.ClaimSpan;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.analysis.techniques.TechniqueSpan;
import org.rhetorica.doc.CodePoints;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Spanned;

/**
 * The marks of the layers shown inline: quotes (with their cue and the words naming the speaker),
 * techniques, entities, claims, and any written layer this page has no special view for. Every mark carries
 * its tooltip in {@code data-tip}.
 */
final class Highlights {
    /** Who speaks a technique span that has no speaker. */
    static final String OWN_VOICE = "the document's own voice";

    private static final Set<String> ENTITY_TYPES = Set.of("person", "organization", "location");
    private static final int QUOTE_RANK = 0;
    private static final int ATTRIBUTION_RANK = 1;
    private static final int TECHNIQUE_RANK = 2;
    private static final int ENTITY_RANK = 3;
    private static final int CLAIM_RANK = 4;
    private static final int OTHER_RANK = 5;

    private Highlights() {}

    static List<Mark> of(Document doc, Speakers speakers, TechniqueKinds techniques, List<Layer<?>> otherLayers) {
        List<Mark> marks = new ArrayList<>();
        CodePoints codePoints = new CodePoints(doc.text());
        addQuotes(marks, doc, speakers, codePoints);
        List<TechniqueSpan> spans = doc.layer(TechniqueSpan.LAYER);
        for (int i = 0; i < spans.size(); i++) {
            TechniqueSpan span = spans.get(i);
            int number = techniques.number(span.technique());
            String tip = techniqueTip(techniques.title(number), span);
            marks.add(new Mark(span.start(), span.end(), TECHNIQUE_RANK, "<span class=\"m t " + techniques.cssClass(number)
                    + "\" data-i=\"" + i + "\"" + citable(span, codePoints) + " data-tip=\"" + Html.escape(tip) + "\">"));
        }
        Map<String, Integer> entityNumbers = EntitySection.numbers(doc);
        for (ClaimSpan claim : doc.layer(ClaimSpan.LAYER)) {
            marks.add(new Mark(claim.start(), claim.end(), CLAIM_RANK, "<span class=\"m c " + ClaimSection.scoreClass(claim.score())
                    + "\" data-tip=\"" + Html.escape(ClaimSection.tip(claim)) + "\">"));
        }
        for (Entity entity : doc.layer(Entity.LAYER)) {
            marks.add(new Mark(entity.start(), entity.end(), ENTITY_RANK, "<span class=\"m e et-" + entityClass(entity.type())
                    + EntitySection.cssClass(entityNumbers, entity) + "\" data-tip=\"" + Html.escape(entityTip(entity)) + "\">"));
        }
        for (int i = 0; i < otherLayers.size(); i++) {
            Layer<?> layer = otherLayers.get(i);
            for (Spanned span : doc.layer(layer)) {
                marks.add(new Mark(span.start(), span.end(), OTHER_RANK, "<span class=\"m g g" + i
                        + "\" data-tip=\"" + Html.escape(otherTip(layer, span, doc)) + "\">"));
            }
        }
        return marks;
    }

    private static String techniqueTip(String title, TechniqueSpan span) {
        return title + " · score " + String.format(Locale.ROOT, "%.2f", span.score()) + " · "
                + (span.speaker() != null ? span.speaker() : OWN_VOICE);
    }

    private static String quoteTip(Quote quote, Document doc) {
        StringBuilder tip = new StringBuilder(kindName(quote.kind())).append(" · ")
                .append(quote.speaker() != null ? quote.speaker() : "speaker unknown");
        if (quote.cue() != null) {
            tip.append(" · cue “").append(doc.text(quote.cue())).append('”');
        }
        return tip.toString();
    }

    private static String entityTip(Entity entity) {
        String type = entity.type() != null ? entity.type() : "entity";
        String tip = entity.name() != null ? type + " · " + entity.name() : type;
        return entity.kind() != null && entity.kind() != Entity.Kind.NAME ? tip + " · " + entity.kind().json() : tip;
    }

    private static String kindName(Quote.Kind kind) {
        if (kind == null) {
            return "quote";
        }
        return switch (kind) {
            case DIRECT -> "direct quote";
            case INDIRECT -> "reported speech";
            case TURN -> "turn or post";
            case MENTION -> "mention, not a statement";
        };
    }

    /**
     * The span's range in code points, as results count them, in {@code data-s} and {@code data-e}: the
     * page's script links to a span by them ({@code #span=START-END}).
     */
    private static String citable(Spanned span, CodePoints codePoints) {
        return " data-s=\"" + codePoints.toCodePoint(span.start()) + "\" data-e=\"" + codePoints.toCodePoint(span.end()) + "\"";
    }

    private static void addQuotes(List<Mark> marks, Document doc, Speakers speakers, CodePoints codePoints) {
        for (Quote quote : doc.layer(Quote.LAYER)) {
            String speakerClass = speakers.cssClass(quote.speaker());
            String kind = quote.kind() != null ? quote.kind().json() : "unknown";
            marks.add(new Mark(quote.start(), quote.end(), QUOTE_RANK, "<span class=\"m q quote k-" + kind + speakerClass
                    + "\"" + citable(quote, codePoints) + " data-tip=\"" + Html.escape(quoteTip(quote, doc)) + "\">"));
            String speaker = quote.speaker() != null ? quote.speaker() : "an unknown speaker";
            if (quote.cue() != null) {
                marks.add(new Mark(quote.cue().start(), quote.cue().end(), ATTRIBUTION_RANK,
                        "<span class=\"m q q-cue\" data-tip=\"" + Html.escape("attributes a quote to " + speaker) + "\">"));
            }
            if (quote.speakerMention() != null) {
                marks.add(new Mark(quote.speakerMention().start(), quote.speakerMention().end(), ATTRIBUTION_RANK,
                        "<span class=\"m q q-who" + speakerClass + "\" data-tip=\""
                                + Html.escape("names the speaker: " + speaker) + "\">"));
            }
        }
    }

    /** The CSS class suffix of an entity type: person, organization, location or other. */
    static String entityClass(String type) {
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return ENTITY_TYPES.contains(lower) ? lower : "other";
    }

    /** The layer's name and the span's record components, for layers added after this page was written. */
    private static String otherTip(Layer<?> layer, Spanned span, Document doc) {
        StringBuilder tip = new StringBuilder(layer.name());
        RecordComponent[] components = span.getClass().getRecordComponents();
        if (components == null) {
            return tip.toString();
        }
        for (RecordComponent component : components) {
            String name = component.getName();
            if (!name.equals("start") && !name.equals("end")) {
                Object value = read(component, span);
                tip.append(" · ").append(name).append(": ")
                        .append(value instanceof Spanned inner ? "“" + doc.text(inner) + "”" : value);
            }
        }
        return tip.toString();
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return "(unreadable: " + e.getClass().getSimpleName() + ")";
        }
    }
}
