package org.rhetorica.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.io.AtomicFiles;

class ResultWriterTest {
    @TempDir
    Path folder;

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesJsonAndHtmlPerDocumentUnderSafeUniqueNamesThenTheCorpusPage() throws Exception {
        ResultWriter writer = new ResultWriter(folder);
        Document example = ExampleDocument.build();
        writer.write(example);
        writer.write(Texts.document("port-alder-ferry", "Same id, another document."));
        writer.write(Texts.document("index", "Would overwrite the corpus page."));
        writer.write(Texts.document("../up/<x>", "An id that is not a file name."));
        writer.write(Texts.document(".hidden", "A name that would hide the file."));
        writer.finish();
        assertEquals(List.of("doc.._up_x_.html", "doc.._up_x_.json", "doc.hidden.html", "doc.hidden.json", "index-doc.html", "index-doc.json",
                "index.html", "port-alder-ferry-2.html", "port-alder-ferry-2.json", "port-alder-ferry.html", "port-alder-ferry.json"), files());
        assertEquals(DocumentJson.toPrettyJson(example), Files.readString(folder.resolve("port-alder-ferry.json"), StandardCharsets.UTF_8));
        assertEquals(HtmlReport.render(example), Files.readString(folder.resolve("port-alder-ferry.html"), StandardCharsets.UTF_8));
    }

    @Test
    void removesPartialFilesThatAKilledRunLeft() throws Exception {
        Files.writeString(folder.resolve(".a.json.partial"), "{\"format\":", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("kept.txt"), "not ours to delete", StandardCharsets.UTF_8);
        new ResultWriter(folder).finish();
        assertEquals(List.of("index.html", "kept.txt"), files());
    }

    @Test
    void aWriteThatFailsLeavesTheTargetAsItWasAndNoPartialFile() throws Exception {
        // A folder with a file in it cannot be replaced by a file: the final move fails.
        Path target = folder.resolve("report.html");
        Files.createDirectories(target);
        Files.writeString(target.resolve("inside.txt"), "x", StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> AtomicFiles.write(target, "<p>whole page</p>"));
        assertEquals(List.of("report.html"), files());
        assertTrue(Files.isDirectory(target));
    }

    @Test
    void aWriteReplacesTheTargetWhole() throws Exception {
        Path target = folder.resolve("a.json");
        AtomicFiles.write(target, "{\"old\":true}");
        AtomicFiles.write(target, "{\"new\":true}");
        assertEquals("{\"new\":true}", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("a.json"), files());
    }
}
