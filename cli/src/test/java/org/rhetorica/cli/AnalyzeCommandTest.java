package org.rhetorica.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command end to end: what it writes, what it reports, and its exit codes. */
class AnalyzeCommandTest {
    private static final String ARTICLE = "Harbour council votes to repair the old pier\n\n"
            + "The council of Lindenholm voted on Monday to repair the old pier before the summer.\n\n"
            + "\"The pier has stood for a century and it will stand for another,\" said Mara Quist, the harbour master.\n";

    @TempDir
    Path folder;

    @Test
    void writesEveryGoodDocumentAndReportsTheBrokenOnes() throws IOException {
        Path inputs = Files.createDirectories(folder.resolve("in"));
        Files.writeString(inputs.resolve("pier.txt"), ARTICLE, StandardCharsets.UTF_8);
        Files.write(inputs.resolve("empty.txt"), new byte[0]);
        Path out = folder.resolve("out");

        int exit = Main.run("analyze", inputs.toString(), "--out", out.toString(), "--threads", "1");

        assertEquals(1, exit, "some input failed");
        assertEquals(List.of("index.html", "pier.html", "pier.json"), fileNames(out));
        JsonNode result = new ObjectMapper().readTree(out.resolve("pier.json").toFile());
        assertEquals(ARTICLE.strip(), result.get("text").asText(), "the text, trailing line break trimmed");
        assertEquals("en", result.get("language").asText());
        assertEquals(3, result.get("paragraphs").size());
        assertTrue(result.has("techniques"));
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("empty.txt"), "the corpus page names the failed input");
    }

    @Test
    void streamsJsonLinesToStandardOutput() throws IOException {
        Path input = Files.writeString(folder.resolve("pier.txt"), ARTICLE, StandardCharsets.UTF_8);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream standardOutput = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = Main.run("analyze", input.toString(), "--format", "jsonl", "--threads", "1");
        } finally {
            System.setOut(standardOutput);
        }

        assertEquals(0, exit);
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size());
        assertEquals("pier", new ObjectMapper().readTree(lines.get(0)).get("id").asText());
    }

    @Test
    void anUnknownAnnotatorIsAUsageError() {
        Path out = folder.resolve("out");
        assertEquals(2, Main.run("analyze", folder.toString(), "--out", out.toString(), "--skip", "sentiment"));
        assertEquals(false, Files.exists(out.resolve("index.html")));
    }

    @Test
    void choicesAreReadWhateverTheirCase() {
        var parsed = Main.commandLine().parseArgs("analyze", "-", "--format", "JSONL");
        assertEquals(AnalyzeCommand.Format.jsonl, parsed.subcommand().matchedOptionValue("--format", null));
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
