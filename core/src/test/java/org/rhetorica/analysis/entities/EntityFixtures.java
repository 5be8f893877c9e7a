package org.rhetorica.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import org.rhetorica.analysis.entities.Coreference.Name;
import org.rhetorica.doc.Document;
import org.rhetorica.text.Sentences;

/** Names given by hand in place of the entity tagger's, for tests of what is built on them. */
public final class EntityFixtures {
    private static final Coreference COREFERENCE = new Coreference(Coreference.Settings.DEFAULT);

    private EntityFixtures() {}

    /** Each "words/TYPE" found in the text after the previous one's start, as a tagged name. */
    public static List<Name> names(String text, String... names) {
        List<Name> result = new ArrayList<>();
        int from = 0;
        for (String name : names) {
            int slash = name.lastIndexOf('/');
            String words = name.substring(0, slash);
            int at = text.indexOf(words, from);
            if (at < 0) {
                throw new IllegalArgumentException("'" + words + "' not found after " + from);
            }
            result.add(new Name(at, at + words.length(), name.substring(slash + 1)));
            from = at + 1;
        }
        return result;
    }

    /** The document (with its sentences) with the entities layer grouped from {@code names}. */
    public static Document withEntities(Document doc, String... names) {
        return doc.with(Entity.LAYER, COREFERENCE.group(doc.text(), doc.layer(Sentences.LAYER), names(doc.text(), names)));
    }
}
