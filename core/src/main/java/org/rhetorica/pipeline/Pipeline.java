package org.rhetorica.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;

/**
 * Annotators in an order where each runs after whatever produces what it requires. Thread-safe: one
 * pipeline serves every worker thread.
 */
public final class Pipeline {
    private final List<Named> steps;

    private record Named(String name, Annotator annotator, LongAdder nanos) {}

    private Pipeline(List<Named> steps) {
        this.steps = steps;
    }

    /**
     * Every annotator on the class path except those named in {@code skip}.
     *
     * @throws IllegalArgumentException if {@code skip} names an annotator that does not exist
     */
    public static Pipeline standard(Resources resources, Set<String> skip) {
        Map<String, Annotator> annotators = new LinkedHashMap<>();
        List<AnnotatorProvider> providers = new ArrayList<>();
        ServiceLoader.load(AnnotatorProvider.class).forEach(providers::add);
        providers.sort(Comparator.comparing(AnnotatorProvider::name));
        List<String> known = providers.stream().map(AnnotatorProvider::name).toList();
        for (String name : skip) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("no annotator is called '" + name + "'; there are " + String.join(", ", known));
            }
        }
        for (AnnotatorProvider provider : providers) {
            if (!skip.contains(provider.name())) {
                annotators.put(provider.name(), provider.create(resources));
            }
        }
        return of(annotators);
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
        for (DataKey required : annotator.requires()) {
            String producer = producers.get(required);
            if (producer == null) {
                throw new IllegalArgumentException(name + " requires " + required + ", which no annotator produces");
            }
            place(producer, annotators, producers, placed, visiting, ordered);
        }
        for (DataKey optional : annotator.uses()) {
            String producer = producers.get(optional);
            if (producer != null) {
                place(producer, annotators, producers, placed, visiting, ordered);
            }
        }
        visiting.remove(name);
        placed.add(name);
        ordered.add(new Named(name, annotator, new LongAdder()));
    }

    /**
     * Runs every annotator that applies to the document, in order. An annotator that does not apply
     * (an English model on a French text) leaves its layers empty. Attachments (the encoder's vectors)
     * stay on the result; drop them with {@link Document#withoutAttachments()} before keeping it.
     */
    public Document annotate(Document doc) {
        for (Named step : steps) {
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
        return doc;
    }

    private static Document withEmptyLayers(Document doc, Annotator annotator) {
        for (DataKey key : annotator.produces()) {
            if (key instanceof org.rhetorica.doc.Layer<?> layer) {
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
