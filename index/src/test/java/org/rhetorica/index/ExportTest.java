package org.rhetorica.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.format.Util;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir
    static Path folder;
    static Corpus corpus;

    @BeforeAll
    static void index() throws IOException {
        corpus = TestIndex.of(folder.resolve("index"), CorpusFixtures.documents());
    }

    @AfterAll
    static void close() throws IOException {
        corpus.close();
    }

    private static byte[] export(String query, String layer, Export.Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Export(corpus).write(SearchRequest.of(query), layer, format, out);
        return out.toByteArray();
    }

    @Test
    void writesOneRowPerSpanWithReadableLabels() throws IOException {
        List<String> lines = new String(export("source:\"valley courier\"", "techniques", Export.Format.CSV), StandardCharsets.UTF_8)
                .lines().toList();
        assertEquals("document,source,published,layer,start,end,text,speaker,label,label_name,score", lines.get(0));
        assertEquals(List.of(
                "water-cuts,Valley Courier,2025-03-11,techniques,181,229,Can we really trust a board that waited so long?,,Doubt,Doubt,0.3",
                "water-cuts,Valley Courier,2025-03-11,techniques,112,167,the most shameful decision in the history of the valley,"
                        + "Petra Nyberg,\"Exaggeration,Minimisation\",Exaggeration / minimisation,0.44",
                "bread-prices,Valley Courier,2025-06-17,techniques,77,126,bread costs more because the water board panicked,"
                        + "Petra Nyberg,Causal_Oversimplification,Causal oversimplification,0.25"),
                lines.subList(1, lines.size()).stream().sorted(java.util.Comparator.reverseOrder()).toList());
    }

    @Test
    void writesOneRowPerDocumentWithItsCounts() throws IOException {
        List<String> lines = new String(export("", "documents", Export.Format.JSONL), StandardCharsets.UTF_8).lines().toList();
        assertEquals(6, lines.size());
        String water = lines.stream().filter(line -> line.contains("\"document\":\"water-cuts\"")).findFirst().orElseThrow();
        assertEquals("{\"document\":\"water-cuts\",\"id\":\"water-cuts\",\"title\":\"Water board cuts irrigation permits\","
                + "\"source\":\"Valley Courier\",\"published\":\"2025-03-11\",\"author\":null,\"url\":null,\"language\":\"en\","
                + "\"characters\":229,\"claims\":0,\"entities\":0,\"posts\":0,\"quotes\":1,\"techniques\":2,\"turns\":0}", water);
    }

    @Test
    void writesParquetWithoutHadoop() throws IOException {
        byte[] parquet = export("", "quotes", Export.Format.PARQUET);
        byte[] magic = "PAR1".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(magic, Arrays.copyOfRange(parquet, 0, 4));
        assertArrayEquals(magic, Arrays.copyOfRange(parquet, parquet.length - 4, parquet.length));
        // The footer: its length, little-endian, before the closing magic.
        int footer = java.nio.ByteBuffer.wrap(parquet, parquet.length - 8, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(parquet, parquet.length - 8 - footer, footer));
        assertEquals(5, meta.getNum_rows());
        assertEquals(List.of("row", "document", "source", "published", "layer", "start", "end", "text", "speaker", "label", "label_name",
                "score", "cue", "speakerMention", "speakerEntity"), meta.getSchema().stream().map(SchemaElement::getName).toList());
    }

    @Test
    void namesTheLayersThatCanBeExported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> export("", "colours", Export.Format.CSV));
        assertEquals("no layer colours to export; choose documents, claims, entities, posts, quotes, techniques, turns", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Export.Format.parse("xlsx"));
    }
}
