package org.rhetorica.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.pipeline.Annotator;
import org.rhetorica.pipeline.AnnotatorProvider;
import org.rhetorica.pipeline.Pipeline;

class StructurePipelineTest {
    @Test
    void theStructureAnnotatorsAreFoundByName() {
        Set<String> names = ServiceLoader.load(AnnotatorProvider.class).stream()
                .map(provider -> provider.get().name()).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("paragraphs", "header", "turns", "posts")), names.toString());
    }

    @Test
    void runAfterWhatTheyRequireAndWriteTheirLayersButNotTheLines() {
        Map<String, Annotator> annotators = new LinkedHashMap<>();
        annotators.put("posts", new ThreadPosts());
        annotators.put("turns", new InterviewTurns());
        annotators.put("header", new ArticleHeader());
        annotators.put("paragraphs", new Paragraphs());
        Pipeline pipeline = Pipeline.of(annotators);
        assertEquals("paragraphs", pipeline.names().get(0));
        assertTrue(pipeline.names().indexOf("header") < pipeline.names().indexOf("turns"));

        String text = TextFixtures.sample("interview-transcript.txt");
        Document doc = pipeline.annotate(Document.of(text, Metadata.of("interview", new Origin("interview.txt", 0, text.length(), null))));
        String json = DocumentJson.toLine(doc);
        assertTrue(json.contains("\"turns\":[{\"start\":167,\"end\":279,"), json);
        assertTrue(json.contains("\"speaker\":\"Helena Varga\",\"role\":\"interviewee\",\"label\":{\"start\":281,\"end\":294,\"text\":\"Helena Varga:\"}"), json);
        assertTrue(json.contains("\"header\":[{\"start\":0,\"end\":69,\"text\":\"Energy, trust and the long winter: an interview with Dr. Helena Varga\",\"kind\":\"headline\"}]"), json);
        assertFalse(json.contains("\"lines\""), json);
    }
}
