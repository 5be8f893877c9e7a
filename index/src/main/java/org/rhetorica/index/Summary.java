package org.rhetorica.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Metadata;

/**
 * What a result list shows of a document, stored beside it so that listing needs no reading of its
 * whole result.
 *
 * @param key the document's key in the index (its id unless another input had the same id)
 * @param group the key of the first document of its near-duplicate group (its own key when it has none)
 * @param words how many words its text has
 * @param counts spans per written layer, by layer name
 */
public record Summary(String key, String id, String title, String source, String published, String author, String url,
        String language, String group, int words, Map<String, Integer> counts) {

    static Summary of(Document doc, String key, String group, int words) {
        Metadata meta = doc.metadata();
        Map<String, Integer> counts = new TreeMap<>();
        for (Layer<?> layer : doc.layers()) {
            if (layer.written()) {
                counts.put(layer.name(), doc.layer(layer).size());
            }
        }
        return new Summary(key, meta.id(), meta.title(), meta.source(), meta.published(), meta.author(), meta.url(),
                meta.language(), group, words, counts);
    }

    byte[] toJson() {
        try {
            return DocumentJson.mapper().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a summary", e);
        }
    }

    static Summary fromJson(byte[] json) {
        try {
            return DocumentJson.mapper().readValue(json, Summary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable summary in the index", e);
        }
    }
}
