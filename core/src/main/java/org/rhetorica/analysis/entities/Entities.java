package org.rhetorica.analysis.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rhetorica.analysis.entities.Coreference.Name;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.models.Encoding;
import org.rhetorica.pipeline.Annotator;
import org.rhetorica.pipeline.NamedProvider;
import org.rhetorica.text.Sentences;

/**
 * The entities layer: every mention of a person, organisation or place named in the document,
 * grouped by entity. A name finder ({@link EntityTagger} in the pipeline) finds the names; {@link Coreference}
 * adds the phrases and pronouns that refer to them and groups all by entity, each with its fullest
 * name. English only. Thread-safe when the name finder is.
 */
public final class Entities implements Annotator {
    /** What this annotator produces, declared once for it and its provider. */
    public static final Set<DataKey> PRODUCES = Set.of(Entity.LAYER);

    private final Function<Document, List<Name>> names;
    private final Set<DataKey> requires;
    private final Map<String, String> models;
    private final Coreference coreference;

    /**
     * @param names the names of a document, typed PERSON, ORGANIZATION or LOCATION
     * @param requires what {@code names} reads of the document besides its sentences
     * @param models the models {@code names} runs, each with its SHA-256
     */
    public Entities(Function<Document, List<Name>> names, Set<DataKey> requires, Map<String, String> models,
            Coreference coreference) {
        this.names = names;
        this.requires = union(requires, Set.of(Sentences.LAYER));
        this.models = Map.copyOf(models);
        this.coreference = coreference;
    }

    @Override
    public Set<DataKey> requires() {
        return requires;
    }

    @Override
    public Set<DataKey> produces() {
        return PRODUCES;
    }

    @Override
    public Map<String, String> models() {
        return models;
    }

    @Override
    public boolean appliesTo(Document doc) {
        return doc.isEnglish();
    }

    @Override
    public Document annotate(Document doc) {
        return doc.with(Entity.LAYER, coreference.group(doc.text(), doc.layer(Sentences.LAYER), names.apply(doc)));
    }

    private static Set<DataKey> union(Set<DataKey> a, Set<DataKey> b) {
        Set<DataKey> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** The layer with the names of the {@link EntityTagger} shipped in the repository. */
    public static final class Provider extends NamedProvider {
        public Provider() {
            super("entities", PRODUCES, resources -> {
                EntityTagger tagger = resources.shared(EntityTagger.class, r -> EntityTagger.load(r.encoderSpec()));
                return new Entities(tagger::names, Set.of(Encoding.VECTORS), Map.of(tagger.head().name(), tagger.head().sha256()),
                        new Coreference(Coreference.Settings.DEFAULT));
            });
        }
    }
}
