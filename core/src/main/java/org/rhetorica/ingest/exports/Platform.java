package org.rhetorica.ingest.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * The JSON exports of one platform (Telegram, X, Reddit...), recognised by their content, not by a
 * file name. Implementations are found with {@link java.util.ServiceLoader}; each reads records
 * (a JSON Lines line, an element of an array, a whole response) into posts. Stateless and
 * thread-safe.
 */
public interface Platform {
    /** The platform's name, for messages ("Telegram"). */
    String name();

    /**
     * Whether an input whose first record has these field paths is this platform's export. Paths
     * join field names with dots and mark array elements with {@code []}: {@code "messages[].from_id"},
     * {@code "includes.users[].username"}; a top-level array's elements have no prefix.
     */
    boolean recognises(Set<String> paths);

    /**
     * Paths of arrays inside a top-level object that are read an element at a time rather than
     * whole, for exports too large to hold (a Telegram account's {@code chats.list[].messages}).
     * The scalar fields that come before such an array in its object are the record's context.
     */
    default Set<String> streamedArrays() {
        return Set.of();
    }

    /**
     * The posts of one record.
     *
     * @param context the scalar fields before a streamed array, by name ({@code "name"}, {@code
     *     "id"} of a Telegram chat); empty otherwise
     * @param record where the record is, for the posts' {@link ExportPost#record()}
     * @throws IllegalArgumentException naming what is wrong with a record that is not one of this
     *     platform's, or is broken
     */
    List<ExportPost> posts(JsonNode value, JsonNode context, String record);
}
