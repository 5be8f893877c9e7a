package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives a failure with a clear reason, and costs nothing else. */
class BadInputTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};

    @TempDir
    Path folder;

    private List<InputFailure> failures(String name, byte[] bytes) {
        Reading reading = Reading.write(folder, name, bytes);
        assertEquals(List.of(), reading.documents());
        return reading.failures();
    }

    private InputFailure failure(String name, String reason) {
        return new InputFailure(name, reason);
    }

    @Test
    void refusesAnEmptyFile() {
        assertEquals(List.of(failure("empty.txt", "file is empty")), failures("empty.txt", new byte[0]));
    }

    @Test
    void refusesAFileOfWhiteSpace() {
        assertEquals(List.of(failure("blank.txt", "no text found")), failures("blank.txt", " \n\t\r\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void refusesBinaryFilesWhateverTheirName() throws IOException {
        assertEquals(List.of(failure("nul.txt", "binary file (contains NUL bytes), not text")),
                failures("nul.txt", new byte[] {'a', 'b', 0, 'c'}));
        assertEquals(List.of(failure("photo.txt", "binary file (PNG image), not text")), failures("photo.txt", PNG));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("story.txt"));
            out.write("A story.".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of(failure("export", "binary file (zip archive), not text")), failures("export", zip.toByteArray()));
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write("A story.".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("A story.", Reading.write(folder, "story.txt.gz", gzip.toByteArray()).only().text(),
                "compressed text is read, not refused");
    }

    @Test
    void readsUtf16WithoutAByteOrderMarkRatherThanRefusingItAsBinary() {
        String text = "The harbour reopens on Monday, Zoë says.";
        assertEquals(text, Reading.write(folder, "wide.txt", text.getBytes(StandardCharsets.UTF_16LE)).only().text());
        String page = "<html><head><title>Harbour</title></head><body><p>The harbour reopens on Monday.</p></body></html>";
        assertEquals("The harbour reopens on Monday.", Reading.write(folder, "wide", page.getBytes(StandardCharsets.UTF_16BE)).only().text(),
                "told apart as HTML by its content, too");
    }

    @Test
    void keepsAUtf8FileWithOneBadByteInUtf8() {
        byte[] bytes = "Zoë and Renée met in Malmö. Price: ?5.".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xA3;
        assertEquals("Zoë and Renée met in Malmö. Price: \uFFFD5.", Reading.write(folder, "bad-byte.txt", bytes).only().text());
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws IOException {
        Path file = folder.resolve("long.txt");
        Files.writeString(file, "word ".repeat(30), StandardCharsets.UTF_8);
        Reading reading = Reading.of(file, new IngestOptions(100));
        assertEquals(List.of(new InputFailure("long.txt", "file is larger than the limit of 100 bytes (set --max-file-size to raise it)")),
                reading.failures());
        assertEquals(64 * 1024 * 1024, IngestOptions.defaults().maxFileBytes());
    }

    @Test
    void copesWithMalformedHtmlButRefusesHtmlWithoutText() {
        assertEquals("Unclosed tags everywhere", Reading.write(folder, "tags.html",
                "<html><body><div><p>Unclosed <b>tags <i>everywhere</div></td>").only().text());
        assertEquals(List.of(failure("image.html", "no text found")), failures("image.html",
                "<html><head><title>Only a title</title><script>show()</script></head><body><img src=a.png></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reportsAPathThatDoesNotExist() {
        Reading reading = Reading.of(folder.resolve("missing.txt"));
        assertEquals(List.of(failure("missing.txt", "no such file or folder")), reading.failures());
    }

    @Test
    void readsTheRestOfAFolderWithBrokenFiles() throws IOException {
        Files.writeString(folder.resolve("a-good.txt"), "The ferry runs again.", StandardCharsets.UTF_8);
        Files.write(folder.resolve("b-empty.txt"), new byte[0]);
        Files.write(folder.resolve("c-image.png"), PNG);
        Files.writeString(folder.resolve("d-good.html"), "<p>The market is open.</p>", StandardCharsets.UTF_8);
        Reading reading = Reading.of(folder);
        assertEquals(List.of("a-good", "d-good"), reading.ids());
        String shown = folder.getFileName() + "/";
        assertEquals(List.of(failure(shown + "b-empty.txt", "file is empty"), failure(shown + "c-image.png", "binary file (PNG image), not text")),
                reading.failures());
    }
}
