package org.rhetorica.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.doc.Document;

/** The entities of a document by type, each with its mentions counted. */
final class EntitySection {
    private EntitySection() {}

    /** A table with a row per type (alphabetical) listing its entities, most mentioned first. */
    static void append(StringBuilder out, Document doc) {
        Map<String, Map<String, Integer>> byType = new TreeMap<>();
        Map<String, String> typeClass = new LinkedHashMap<>();
        for (Entity entity : doc.layer(Entity.LAYER)) {
            String type = entity.type() != null ? entity.type() : "entity";
            String name = entity.name() != null ? entity.name() : doc.text(entity);
            byType.computeIfAbsent(type, key -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
            typeClass.putIfAbsent(type, Highlights.entityClass(entity.type()));
        }
        if (byType.isEmpty()) {
            out.append("<p class=\"none\">No entity found.</p>\n");
            return;
        }
        out.append("<table class=\"entities\"><tbody>\n");
        for (Map.Entry<String, Map<String, Integer>> type : byType.entrySet()) {
            List<Map.Entry<String, Integer>> names = new ArrayList<>(type.getValue().entrySet());
            names.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
            out.append("<tr><th><span class=\"sw et-").append(typeClass.get(type.getKey())).append("\"></span>")
                    .append(Html.escape(type.getKey())).append("</th><td>");
            for (int i = 0; i < names.size(); i++) {
                out.append(i > 0 ? ", " : "").append(Html.escape(names.get(i).getKey()));
                if (names.get(i).getValue() > 1) {
                    out.append(" <span class=\"times\">×").append(names.get(i).getValue()).append("</span>");
                }
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }
}
