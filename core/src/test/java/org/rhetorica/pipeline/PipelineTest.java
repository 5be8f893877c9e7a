package org.rhetorica.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.PipelineSpec;
import org.rhetorica.doc.Span;

class PipelineTest {
    private static final Layer<Span> FIRST = Layer.written("first", Span.class);
    private static final Layer<Span> SECOND = Layer.written("second", Span.class);

    private record Step(Set<DataKey> requires, Layer<Span> makes, boolean applies) implements Annotator {
        @Override
        public Set<DataKey> produces() {
            return Set.of(makes);
        }

        @Override
        public boolean appliesTo(Document doc) {
            return applies;
        }

        @Override
        public Document annotate(Document doc) {
            return doc.with(makes, List.of(new Span(0, 1)));
        }
    }

    private static Document doc() {
        return Document.of("text", Metadata.of("d", new Origin("-", 0, 4, null)));
    }

    @Test
    void runsProducersBeforeTheirConsumersWhateverTheOrderGiven() {
        Map<String, Annotator> annotators = new LinkedHashMap<>();
        annotators.put("b", new Step(Set.of(FIRST), SECOND, true));
        annotators.put("a", new Step(Set.of(), FIRST, true));
        Pipeline pipeline = Pipeline.of(annotators);
        assertEquals(List.of("a", "b"), pipeline.names());
        assertEquals(List.of(FIRST, SECOND), pipeline.annotate(doc()).layers());
    }

    @Test
    void anAnnotatorThatDoesNotApplyLeavesItsLayerEmpty() {
        Pipeline pipeline = Pipeline.of(Map.of("a", new Step(Set.of(), FIRST, false)));
        Document done = pipeline.annotate(doc());
        assertEquals(List.of(FIRST), done.layers());
        assertEquals(List.of(), done.layer(FIRST));
    }

    private record User(Set<DataKey> uses, Layer<Span> makes) implements Annotator {
        @Override
        public Set<DataKey> requires() {
            return Set.of();
        }

        @Override
        public Set<DataKey> produces() {
            return Set.of(makes);
        }

        @Override
        public Document annotate(Document doc) {
            return doc.with(makes, doc.layer(FIRST));
        }
    }

    @Test
    void optionalInputsOrderTheirProducersFirstAndMayBeAbsent() {
        Map<String, Annotator> annotators = new LinkedHashMap<>();
        annotators.put("b", new User(Set.of(FIRST), SECOND));
        annotators.put("a", new Step(Set.of(), FIRST, true));
        assertEquals(List.of("a", "b"), Pipeline.of(annotators).names());
        Pipeline alone = Pipeline.of(Map.of("b", new User(Set.of(FIRST), SECOND)));
        assertEquals(List.of(), alone.annotate(doc()).layer(SECOND));
    }

    @Test
    void aMissingRequirementIsNamed() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.of(Map.of("b", new Step(Set.of(FIRST), SECOND, true))));
        assertEquals("b requires first, which no annotator produces", error.getMessage());
    }

    @Test
    void aCycleIsRefusedAndNamed() {
        Map<String, Annotator> annotators = new LinkedHashMap<>();
        annotators.put("a", new Step(Set.of(SECOND), FIRST, true));
        annotators.put("b", new Step(Set.of(FIRST), SECOND, true));
        var error = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(annotators));
        assertEquals("annotators depend on each other in a cycle through a", error.getMessage());
    }

    @Test
    void twoProducersOfOneLayerAreRefused() {
        Map<String, Annotator> annotators = new LinkedHashMap<>();
        annotators.put("a", new Step(Set.of(), FIRST, true));
        annotators.put("b", new Step(Set.of(), FIRST, true));
        var error = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(annotators));
        assertEquals("first is produced by both a and b", error.getMessage());
    }

    @Test
    void theResultRecordsThePipelineThatMadeIt() {
        Pipeline pipeline = Pipeline.of(Map.of("a", new Step(Set.of(), FIRST, true)));
        PipelineSpec spec = pipeline.annotate(doc()).metadata().pipeline();
        assertEquals(new PipelineSpec(Version.CURRENT, null, Map.of(), List.of("a")), spec);
    }
}
