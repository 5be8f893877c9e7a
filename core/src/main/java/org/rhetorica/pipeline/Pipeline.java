package org.rhetorica.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.LayerRegistry;
import org.rhetorica.doc.PipelineSpec;

/**
 * Annotators in an order where each runs after whatever produces what it requires. Thread-safe: one
 * pipeline serves every worker thread.
 */
public final class Pipeline {
    private final List<Named> steps;
    private final PipelineSpec spec;

    private record Named(String name, Annotator annotator, LongAdder nanos) {}

    private Pipeline(List<Named> steps) {
        this.steps = steps;
        this.spec = specOf(steps);
    }

    /**
     * Every annotator on the class path except those named in {@code skip}.
     *
     * @throws IllegalArgumentException if {@code skip} names an annotator that does not exist
     */
    public static Pipeline standard(Resources resources, Set<String> skip) {
        Map<String, AnnotatorProvider> providers = providers();
        for (String name : skip) {
            if (!providers.containsKey(name)) {
                throw new IllegalArgumentException("no annotator is called '" + name + "'; there are "
                        + String.join(", ", providers.keySet()));
            }
        }
        Map<String, Annotator> annotators = new LinkedHashMap<>();
        providers.forEach((name, provider) -> {
            if (!skip.contains(name)) {
                annotators.put(name, provider.create(resources));
            }
        });
        return of(annotators);
    }

    /**
     * The smallest pipeline that produces {@code wanted}: the annotators that make it and whatever they
     * require or use, in turn. Training and evaluation run this to give a model the inputs it reads
     * in analysis, made the same way.
     */
    public static Pipeline producing(Resources resources, Set<DataKey> wanted) {
        Map<DataKey, AnnotatorProvider> producers = new LinkedHashMap<>();
        providers().values().forEach(provider -> provider.produces().forEach(key -> producers.putIfAbsent(key, provider)));
        Map<String, Annotator> chosen = new TreeMap<>();
        Deque<DataKey> todo = new ArrayDeque<>(wanted);
        while (!todo.isEmpty()) {
            AnnotatorProvider provider = producers.get(todo.peek());
            if (provider == null) {
                throw new IllegalArgumentException("no annotator produces " + todo.peek());
            }
            todo.poll();
            if (!chosen.containsKey(provider.name())) {
                Annotator annotator = provider.create(resources);
                chosen.put(provider.name(), annotator);
                todo.addAll(annotator.requires());
                annotator.uses().stream().filter(producers::containsKey).forEach(todo::add);
            }
        }
        return of(chosen);
    }

    /**
     * Rebuilds the pipeline that {@code spec} describes, from the annotators on the class path: the
     * same annotators, the same encoder and the same trained models, checked by their SHA-256. A
     * server or a worker of a distributed job calls this with the spec a coordinator sent it.
     *
     * @throws IllegalStateException if an annotator is missing or a model differs from the one named
     */
    public static Pipeline fromSpec(PipelineSpec spec, Resources resources) {
        Map<String, AnnotatorProvider> providers = providers();
        Map<String, Annotator> annotators = new LinkedHashMap<>();
        for (String name : spec.annotators()) {
            AnnotatorProvider provider = providers.get(name);
            if (provider == null) {
                throw new IllegalStateException("the pipeline spec names annotator " + name + ", which is not on the class path");
            }
            annotators.put(name, provider.create(resources));
        }
        Pipeline pipeline = of(annotators);
        PipelineSpec built = pipeline.spec();
        if (!Objects.equals(built.encoder(), spec.encoder()) || !built.models().equals(spec.models())) {
            throw new IllegalStateException("the models on the class path are not those of the pipeline spec: it names encoder "
                    + spec.encoder() + " and models " + spec.models() + "; found " + built.encoder() + " and " + built.models());
        }
        return pipeline;
    }

    /** The layers every annotator on the class path writes, for reading results back. */
    public static LayerRegistry writtenLayers() {
        List<Layer<?>> layers = new ArrayList<>();
        providers().values().forEach(provider -> layers.addAll(provider.layers()));
        return LayerRegistry.of(layers);
    }

    /** The annotator providers on the class path, by name, in name order. */
    private static Map<String, AnnotatorProvider> providers() {
        Map<String, AnnotatorProvider> providers = new TreeMap<>();
        for (AnnotatorProvider provider : ServiceLoader.load(AnnotatorProvider.class)) {
            AnnotatorProvider earlier = providers.putIfAbsent(provider.name(), provider);
            if (earlier != null) {
                throw new IllegalStateException("two annotators are called " + provider.name() + ": "
                        + earlier.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        return providers;
    }

    /** The named annotators, ordered by what they require and produce. */
    public static Pipeline of(Map<String, Annotator> annotators) {
        Map<DataKey, String> producers = new LinkedHashMap<>();
        annotators.forEach((name, annotator) -> annotator.produces().forEach(key -> {
            String earlier = producers.putIfAbsent(key, name);
            if (earlier != null) {
                throw new IllegalArgumentException(key + " is produced by both " + earlier + " and " + name);
            }
        }));
        List<Named> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (String name : annotators.keySet()) {
            place(name, annotators, producers, placed, visiting, ordered);
        }
        return new Pipeline(List.copyOf(ordered));
    }

    private static void place(String name, Map<String, Annotator> annotators, Map<DataKey, String> producers,
            Set<String> placed, Set<String> visiting, List<Named> ordered) {
        if (placed.contains(name)) {
            return;
        }
        if (!visiting.add(name)) {
            throw new IllegalArgumentException("annotators depend on each other in a cycle through " + name);
        }
        Annotator annotator = annotators.get(name);
        for (DataKey required : byName(annotator.requires())) {
            String producer = producers.get(required);
            if (producer == null) {
                throw new IllegalArgumentException(name + " requires " + required + ", which no annotator produces");
            }
            place(producer, annotators, producers, placed, visiting, ordered);
        }
        for (DataKey optional : byName(annotator.uses())) {
            String producer = producers.get(optional);
            if (producer != null) {
                place(producer, annotators, producers, placed, visiting, ordered);
            }
        }
        visiting.remove(name);
        placed.add(name);
        ordered.add(new Named(name, annotator, new LongAdder()));
    }

    /** Keys in name order: {@code Set.of} iterates in an order that changes from run to run. */
    private static List<DataKey> byName(Set<DataKey> keys) {
        return keys.stream().sorted(java.util.Comparator.comparing(DataKey::name)).toList();
    }

    private static PipelineSpec specOf(List<Named> steps) {
        PipelineSpec.Encoder encoder = null;
        Map<String, String> models = new TreeMap<>();
        for (Named step : steps) {
            Optional<PipelineSpec.Encoder> runs = step.annotator().encoder();
            if (runs.isPresent()) {
                encoder = runs.get();
            }
            models.putAll(step.annotator().models());
        }
        return new PipelineSpec(Version.CURRENT, encoder, models, steps.stream().map(Named::name).toList());
    }

    /** What this pipeline is: its annotators, encoder and models. Every document it annotates records it. */
    public PipelineSpec spec() {
        return spec;
    }

    /**
     * Runs every annotator that applies to the document, in order. An annotator that does not apply
     * (an English model on a French text) leaves its layers empty. The result records this pipeline's
     * {@link #spec()} in its metadata. Attachments (the encoder's vectors)
     * stay on the result; drop them with {@link Document#withoutAttachments()} before keeping it.
     */
    public Document annotate(Document doc) {
        return annotate(doc, (annotator, index) -> {});
    }

    /** Told which annotator is about to run on a document, for progress within a long one. */
    public interface Steps {
        /** @param index the step's place among {@link #names()}, from 0 */
        void starting(String annotator, int index);
    }

    /** {@link #annotate(Document)}, telling {@code steps} as each annotator starts. */
    public Document annotate(Document doc, Steps steps) {
        int index = 0;
        for (Named step : this.steps) {
            steps.starting(step.name(), index++);
            if (!step.annotator().appliesTo(doc)) {
                doc = withEmptyLayers(doc, step.annotator());
            } else {
                long start = System.nanoTime();
                try {
                    doc = step.annotator().annotate(doc);
                } catch (RuntimeException e) {
                    throw new AnnotationException(step.name(), doc.id(), e);
                }
                step.nanos().add(System.nanoTime() - start);
            }
        }
        return doc.with(doc.metadata().withPipeline(spec));
    }

    private static Document withEmptyLayers(Document doc, Annotator annotator) {
        for (DataKey key : annotator.produces()) {
            if (key instanceof Layer<?> layer) {
                doc = doc.with(layer, List.of());
            }
        }
        return doc;
    }

    public List<String> names() {
        return steps.stream().map(Named::name).toList();
    }

    /** The annotators by name, in the order they run. */
    public Map<String, Annotator> annotators() {
        Map<String, Annotator> annotators = new LinkedHashMap<>();
        steps.forEach(step -> annotators.put(step.name(), step.annotator()));
        return annotators;
    }

    /** Total seconds spent in each annotator so far, in pipeline order. */
    public Map<String, Double> secondsByAnnotator() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        steps.forEach(step -> seconds.put(step.name(), step.nanos().sum() / 1e9));
        return seconds;
    }

    /** An annotator failed on one document; the message names both. */
    public static final class AnnotationException extends RuntimeException {
        public AnnotationException(String annotator, String documentId, RuntimeException cause) {
            super("annotator " + annotator + " failed on document " + documentId + ": " + cause.getMessage(), cause);
        }
    }
}
