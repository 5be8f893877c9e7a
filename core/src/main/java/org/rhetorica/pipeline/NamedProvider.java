package org.rhetorica.pipeline;

import java.util.Set;
import java.util.function.Function;
import org.rhetorica.doc.DataKey;

/** An {@link AnnotatorProvider} given by a name, what it produces and a factory; subclasses only call the constructor. */
public abstract class NamedProvider implements AnnotatorProvider {
    private final String name;
    private final Set<DataKey> produces;
    private final Function<Resources, Annotator> factory;

    protected NamedProvider(String name, Set<DataKey> produces, Function<Resources, Annotator> factory) {
        this.name = name;
        this.produces = Set.copyOf(produces);
        this.factory = factory;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<DataKey> produces() {
        return produces;
    }

    @Override
    public final Annotator create(Resources resources) {
        return factory.apply(resources);
    }
}
