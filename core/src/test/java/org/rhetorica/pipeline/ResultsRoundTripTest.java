package org.rhetorica.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.doc.LayerRegistry;
import org.rhetorica.doc.PipelineSpec;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.IngestOptions;
import org.rhetorica.models.EncoderSpec;

/** Results read back whole: analyse, write, read, write again gives the same bytes, for every sample. */
class ResultsRoundTripTest {
    private static Resources resources;
    private static Pipeline pipeline;
    private static List<Document> analysed;

    @BeforeAll
    static void analyseTheSamples() {
        resources = new Resources(EncoderSpec.DEFAULT.withThreads(1));
        pipeline = Pipeline.standard(resources, Set.of());
        Ingest ingest = new Ingest(new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES));
        analysed = new ArrayList<>();
        ingest.discover(List.of("samples"), failure -> { throw new AssertionError(failure.toString()); })
                .forEach(file -> ingest.read(file, doc -> analysed.add(pipeline.annotate(doc).withoutAttachments()),
                        failure -> { throw new AssertionError(failure.toString()); }));
    }

    @AfterAll
    static void close() {
        resources.close();
    }

    @Test
    void everySampleReadsBackToTheSameBytes() {
        LayerRegistry layers = Pipeline.writtenLayers();
        assertEquals(18, analysed.size()); // four files, and fourteen articles in newswire.jsonl
        for (Document doc : analysed) {
            String written = DocumentJson.toPrettyJson(doc);
            Document read = DocumentJson.read(written, layers);
            assertEquals(written, DocumentJson.toPrettyJson(read), doc.id());
            assertEquals(DocumentJson.toLine(doc), DocumentJson.toLine(read), doc.id());
            assertEquals(doc.metadata(), read.metadata(), doc.id());
        }
    }

    @Test
    void everyResultNamesThePipelineWithTheDigestsOfItsModels() {
        PipelineSpec spec = analysed.get(0).metadata().pipeline();
        assertEquals(pipeline.spec(), spec);
        assertEquals(Version.CURRENT, spec.version());
        assertEquals("all-minilm-l6-v2-q", spec.encoder().name());
        assertEquals(2, spec.encoder().layers());
        assertTrue(spec.encoder().sha256().matches("[0-9a-f]{64}"), spec.encoder().sha256());
        assertEquals(Set.of("claims-checkworthy", "entities-names", "quotes-attributions", "techniques-classes",
                "techniques-spans"), spec.models().keySet());
        spec.models().values().forEach(sha -> assertTrue(sha.matches("[0-9a-f]{64}"), sha));
        assertEquals(pipeline.names(), spec.annotators());
        assertFalse(spec.models().containsValue(spec.encoder().sha256()));
    }

    @Test
    void aSpecRebuildsTheSamePipeline() {
        PipelineSpec spec = analysed.get(0).metadata().pipeline();
        try (Resources fresh = new Resources(EncoderSpec.DEFAULT.withThreads(1))) {
            assertEquals(spec, Pipeline.fromSpec(spec, fresh).spec());
        }
    }
}
