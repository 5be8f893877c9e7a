package org.rhetorica.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.doc.DocumentJson;

/** Out to Label Studio or brat with the model's labels, corrected there, back in as gold, out as task files. */
class CorrectionRoundTripTest {
    @TempDir
    Path folder;

    private static final SearchRequest VALLEY = SearchRequest.of("source:\"valley courier\"");

    @Test
    void labelStudioTasksComeBackAsGold() throws IOException {
        try (Corpus corpus = TestIndex.of(folder, CorpusFixtures.documents())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(2, new Corrections(corpus).labelStudio(VALLEY, out));
            ArrayNode tasks = (ArrayNode) DocumentJson.mapper().readTree(out.toByteArray());
            JsonNode water = find(tasks, "water-cuts");
            JsonNode doubt = water.get("predictions").get(0).get("result").get(1);
            assertEquals("Doubt", doubt.get("value").get("labels").get(0).asText());
            assertEquals("Can we really trust a board that waited so long?", doubt.get("value").get("text").asText());
            assertEquals(0.3, doubt.get("score").asDouble());

            // The annotator keeps the predictions of water-cuts but relabels Doubt as Loaded_Language; bread-prices is left undone.
            ObjectNode annotation = DocumentJson.mapper().createObjectNode();
            ArrayNode result = water.get("predictions").get(0).get("result").deepCopy();
            ((ArrayNode) result.get(1).get("value").get("labels")).set(0, "Loaded_Language");
            annotation.set("result", result);
            ((ObjectNode) water).putArray("annotations").add(annotation);

            List<Gold> gold = new GoldImport(corpus).read(DocumentJson.mapper().writeValueAsBytes(tasks));
            assertEquals(1, gold.size());
            assertEquals(List.of("Exaggeration,Minimisation", "Loaded_Language"), gold.get(0).techniques().stream().map(Gold.Span::label).toList());
            assertEquals("Petra Nyberg", gold.get(0).quotes().get(0).speaker());
            store(corpus, gold);
            Map<String, String> files = unzip(taskFiles(corpus));
            assertEquals("1\twater-cuts\n", files.get("rhetorica-keys.tsv"));
            assertEquals("1\tExaggeration,Minimisation\t112\t167\n1\tLoaded_Language\t181\t229\n", files.get("labels-tc/article1.task-flc-tc.labels"));
            assertEquals(corpus.document("water-cuts").text(), files.get("articles/article1.txt"));
        }
    }

    @Test
    void bratFilesComeBackAsGold() throws IOException {
        try (Corpus corpus = TestIndex.of(folder, CorpusFixtures.documents())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(2, new Corrections(corpus).brat(VALLEY, out));
            Map<String, String> files = unzip(out.toByteArray());
            String number = files.get("rhetorica-keys.tsv").lines().filter(l -> l.endsWith("\twater-cuts")).findFirst().orElseThrow().split("\t")[0];
            String ann = files.get(number + ".ann");
            assertEquals("T1\tExaggeration__Minimisation 112 167\tthe most shameful decision in the history of the valley\n"
                    + "T2\tDoubt 181 229\tCan we really trust a board that waited so long?\n"
                    + "T3\tQuote 112 167\tthe most shameful decision in the history of the valley\n"
                    + "A3\tKind T3 direct\n#1\tAnnotatorNotes T3\tspeaker: Petra Nyberg\n", ann);
            assertTrue(files.get("annotation.conf").contains("Name_Calling__Labeling"));

            // The annotator deletes the Doubt span.
            files.put(number + ".ann", ann.replace("T2\tDoubt 181 229\tCan we really trust a board that waited so long?\n", ""));
            List<Gold> gold = new GoldImport(corpus).read(zip(files));
            Gold water = gold.stream().filter(g -> g.key().equals("water-cuts")).findFirst().orElseThrow();
            assertEquals(List.of(new Gold.Span(112, 167, "Exaggeration,Minimisation", null)), water.techniques());
            assertEquals(List.of(new Gold.Span(112, 167, "direct", "Petra Nyberg")), water.quotes());
            assertEquals("brat", water.tool());
        }
    }

    @Test
    void refusesLabelsForAnotherText() throws IOException {
        try (Corpus corpus = TestIndex.of(folder, CorpusFixtures.documents())) {
            String tasks = "[{\"id\":1,\"data\":{\"key\":\"water-cuts\",\"text\":\"another text\"},\"annotations\":[]}]";
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new GoldImport(corpus).read(tasks.getBytes(StandardCharsets.UTF_8)));
            assertEquals("the text of document water-cuts differs from the index's: labels would land elsewhere", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> new GoldImport(corpus).read("{}".getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static JsonNode find(ArrayNode tasks, String key) {
        for (JsonNode task : tasks) {
            if (task.get("data").get("key").asText().equals(key)) {
                return task;
            }
        }
        throw new AssertionError("no task for " + key);
    }

    private void store(Corpus corpus, List<Gold> gold) throws IOException {
        try (CorpusWriter writer = new CorpusWriter(folder, IndexConfig.standard(), 100)) {
            for (Gold g : gold) {
                writer.putGold(g);
            }
        }
        corpus.refresh();
    }

    private static byte[] taskFiles(Corpus corpus) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Corrections(corpus).goldTaskFiles(out);
        return out.toByteArray();
    }

    static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

}
