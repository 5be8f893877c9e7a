package org.rhetorica.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.doc.Document;

/**
 * The people and organisations of a document, each with its mentions and its quotes, then its
 * places. Each entity is a button: the page's script picks out every mention of it in the text
 * (marks of class {@code n<number>}, {@link #cssClass}).
 */
final class EntitySection {
    /** Quotes shown per entity; the rest are counted. */
    private static final int QUOTES_SHOWN = 3;
    /** Characters of a quote shown. */
    private static final int QUOTE_LENGTH = 90;

    /** One entity: its mentions in text order and the quotes its mentions speak. */
    private record Group(String id, String name, String type, List<Entity> mentions, List<Quote> quotes) {}

    private EntitySection() {}

    /** Each entity id's number in order of first mention: the class {@code n<number>} of its marks and button. */
    static Map<String, Integer> numbers(Document doc) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (Entity entity : doc.layer(Entity.LAYER)) {
            if (entity.entity() != null) {
                numbers.putIfAbsent(entity.entity(), numbers.size());
            }
        }
        return numbers;
    }

    static String cssClass(Map<String, Integer> numbers, Entity entity) {
        Integer number = entity.entity() == null ? null : numbers.get(entity.entity());
        return number == null ? "" : " n" + number;
    }

    static void append(StringBuilder out, Document doc) {
        Map<String, Integer> numbers = numbers(doc);
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Entity entity : doc.layer(Entity.LAYER)) {
            String id = entity.entity() != null ? entity.entity() : "@" + entity.start();
            groups.computeIfAbsent(id, key -> new Group(key, entity.name() != null ? entity.name() : doc.text(entity),
                    entity.type(), new ArrayList<>(), new ArrayList<>())).mentions().add(entity);
        }
        for (Quote quote : doc.layer(Quote.LAYER)) {
            Group group = quote.speakerEntity() == null ? null : groups.get(quote.speakerEntity());
            if (group != null) {
                group.quotes().add(quote);
            }
        }
        if (groups.isEmpty()) {
            out.append("<p class=\"none\">No entity found.</p>\n");
            return;
        }
        List<Group> speaking = new ArrayList<>();
        List<Group> places = new ArrayList<>();
        for (Group group : groups.values()) {
            (Entity.PERSON.equals(group.type()) || Entity.ORGANIZATION.equals(group.type()) ? speaking : places).add(group);
        }
        Comparator<Group> mostMentioned = Comparator.comparingInt((Group g) -> -g.mentions().size());
        speaking.sort(mostMentioned.thenComparingInt(g -> -g.quotes().size()));
        places.sort(mostMentioned);
        out.append("<p class=\"hint\">Click a name to pick out every mention of it.</p>\n");
        if (!speaking.isEmpty()) {
            out.append("<ul class=\"entities\">\n");
            for (Group group : speaking) {
                out.append("<li>");
                appendButton(out, group, numbers);
                out.append("<div class=\"forms\">").append(Html.escape(forms(doc, group))).append("</div>");
                appendQuotes(out, doc, group);
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (!places.isEmpty()) {
            out.append("<p class=\"places\"><span class=\"label\">Places</span> ");
            for (Group group : places) {
                appendButton(out, group, numbers);
                out.append(' ');
            }
            out.append("</p>\n");
        }
    }

    private static void appendButton(StringBuilder out, Group group, Map<String, Integer> numbers) {
        String css = cssClass(numbers, group.mentions().get(0)).trim();
        String type = group.type() != null ? group.type().toLowerCase(Locale.ROOT) : "entity";
        int mentions = group.mentions().size();
        int quotes = group.quotes().size();
        out.append("<button type=\"button\" class=\"speaker entity ").append(css).append("\" data-speaker=\"").append(css)
                .append("\" aria-pressed=\"false\"><span class=\"sw et-").append(Highlights.entityClass(group.type()))
                .append("\"></span><span class=\"name\">").append(Html.escape(group.name())).append("</span><span class=\"n\">")
                .append(Html.escape(type)).append(" · ").append(mentions).append(mentions == 1 ? " mention" : " mentions");
        if (quotes > 0) {
            out.append(" · ").append(quotes).append(quotes == 1 ? " quote" : " quotes");
        }
        out.append("</span></button>");
    }

    /** The words the entity goes by, each with how often: "Imran Khan, Khan ×2, the prime minister, he ×3". */
    private static String forms(Document doc, Group group) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Entity mention : group.mentions()) {
            counts.merge(doc.text(mention).replaceAll("\\s+", " "), 1, Integer::sum);
        }
        List<String> forms = new ArrayList<>();
        counts.forEach((form, count) -> forms.add(count > 1 ? form + " ×" + count : form));
        return String.join(", ", forms);
    }

    private static void appendQuotes(StringBuilder out, Document doc, Group group) {
        if (group.quotes().isEmpty()) {
            return;
        }
        out.append("<ul class=\"said\">");
        for (Quote quote : group.quotes().subList(0, Math.min(QUOTES_SHOWN, group.quotes().size()))) {
            String said = doc.text(quote).replaceAll("\\s+", " ");
            if (said.length() > QUOTE_LENGTH) {
                said = said.substring(0, QUOTE_LENGTH).strip() + "…";
            }
            out.append("<li>“").append(Html.escape(said)).append("”</li>");
        }
        if (group.quotes().size() > QUOTES_SHOWN) {
            out.append("<li class=\"more\">and ").append(group.quotes().size() - QUOTES_SHOWN).append(" more</li>");
        }
        out.append("</ul>");
    }
}
