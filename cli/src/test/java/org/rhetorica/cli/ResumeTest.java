package org.rhetorica.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL in the middle of {@code analyze --out} once left a JSON without its page, a
 * zero-length hidden partial file and no corpus page, and a re-run redid everything. Now the re-run
 * resumes: complete results are kept as they are, the rest is analysed, the corpus page lists all.
 */
class ResumeTest {
    private static final int DOCUMENTS = 40;

    @TempDir
    Path folder;

    @Test
    void aRunKilledMidwayIsResumedWithoutRedoingWhatWasComplete() throws Exception {
        Path inputs = Files.createDirectories(folder.resolve("in"));
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(inputs.resolve(String.format(java.util.Locale.ROOT, "note-%02d.txt", i)),
                    "Notice " + i + ". The harbour office says the ferry to the islands runs at nine on weekdays and at ten on Sundays.",
                    StandardCharsets.UTF_8);
        }
        Path out = folder.resolve("out");
        String[] analyze = {"analyze", inputs.toString(), "--out", out.toString(), "--threads", "1", "--skip", "techniques"};

        Process first = new ProcessBuilder(Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()), Stream.of(analyze)).toList())
                .redirectErrorStream(true).redirectOutput(folder.resolve("first.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (results(out, ".json").size() < 5 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no finally blocks
        Map<String, FileTime> before = results(out, ".json").stream()
                .collect(Collectors.toMap(Path::toString, ResumeTest::modified));
        assertTrue(before.size() >= 5, "the first run wrote some results before it was killed: " + before.size()
                + "\n" + Files.readString(folder.resolve("first.log")));

        assertEquals(0, Main.run(analyze));

        assertEquals(DOCUMENTS, results(out, ".json").size());
        assertEquals(DOCUMENTS, results(out, ".html").size());
        assertEquals(List.of(), results(out, ".partial"), "no partial file is left");
        for (Map.Entry<String, FileTime> kept : before.entrySet()) {
            assertEquals(kept.getValue(), modified(Path.of(kept.getKey())), kept.getKey() + " was complete and written again");
        }
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains(DOCUMENTS + " documents"), "the corpus page lists every document");
    }

    private static List<Path> results(Path out, String suffix) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)
                    && !file.getFileName().toString().equals("index.html")).sorted().toList();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
