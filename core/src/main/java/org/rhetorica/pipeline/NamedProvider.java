package org.rhetorica.pipeline;

import java.util.function.Function;

/** An {@link AnnotatorProvider} given by a name and a factory; subclasses only call the constructor. */
public abstract class NamedProvider implements AnnotatorProvider {
    private final String name;
    private final Function<Resources, Annotator> factory;

    protected NamedProvider(String name, Function<Resources, Annotator> factory) {
        this.name = name;
        this.factory = factory;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Annotator create(Resources resources) {
        return factory.apply(resources);
    }
}
