package org.rhetorica.pipeline;

import java.util.List;
import java.util.ServiceLoader;

/** Every annotator registered on the class path keeps the {@link AnnotatorContract}. */
class RegisteredAnnotatorsContractTest extends AnnotatorContract {
    @Override
    protected List<AnnotatorProvider> providers() {
        return ServiceLoader.load(AnnotatorProvider.class).stream().map(ServiceLoader.Provider::get).toList();
    }
}
