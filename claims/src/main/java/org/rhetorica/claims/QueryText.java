package org.rhetorica.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rhetorica.io.InvalidInputException;

/**
 * A text to match against known claims (a post, a sentence), with the caller's id for it.
 *
 * @param id the caller's identifier, as a TREC run writes it
 * @param text the words to match
 */
public record QueryText(String id, String text) {

    /**
     * Reads queries: tab-separated {@code id<TAB>text} lines (a first line {@code id<TAB>text}, or one
     * whose id is empty, is a header and skipped) or JSON Lines with {@code id} and {@code text}.
     *
     * @throws InvalidInputException if the file cannot be read, a line lacks an id or text, or an id repeats
     */
    public static List<QueryText> read(Path file) {
        String text = Rows.text(file);
        Rows.Format format = Rows.Format.of(file, text);
        List<Rows.Row> rows = switch (format) {
            case JSON_LINES, JSON -> Rows.jsonLines(file, text);
            case TSV -> Rows.delimited(file, text, '\t', false);
            case CSV -> throw new InvalidInputException(file + ": queries are id<TAB>text lines or JSON Lines with id and text");
        };
        List<QueryText> queries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode fields = rows.get(i).fields();
            String where = file + ":" + rows.get(i).line();
            String id = format == Rows.Format.TSV ? Rows.field(fields, "0") : Rows.field(fields, "id");
            String words = format == Rows.Format.TSV ? Rows.field(fields, "1") : Rows.field(fields, "text");
            if (i == 0 && format == Rows.Format.TSV && (id == null || id.equalsIgnoreCase("id"))) {
                continue;
            }
            if (id == null || words == null) {
                throw new InvalidInputException(where + ": " + (id == null ? "no id" : "no text")
                        + (format == Rows.Format.TSV ? " (lines are id<TAB>text)" : " (objects have id and text)"));
            }
            if (!ids.add(id)) {
                throw new InvalidInputException(where + ": query id " + id + " appears before");
            }
            queries.add(new QueryText(id, words));
        }
        if (queries.isEmpty()) {
            throw new InvalidInputException(file + ": no queries");
        }
        return queries;
    }
}
