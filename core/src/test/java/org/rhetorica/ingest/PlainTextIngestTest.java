package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;

class PlainTextIngestTest {
    /** Two articles; the ship (U+1F6A2) lies outside the BMP, so code points and UTF-16 indices differ after it. */
    private static final String TWO_ARTICLES = """
            Harbour Board Approves New Ferry Timetable
            By Lena Orvik · 2 May 2026

            The harbour board of Eastwick approved a new ferry timetable on Friday. Boats to Gull Island \uD83D\uDEA2 will \
            leave every forty minutes from June.

            "We listened to the islanders," said board chair Mona Strand.

            Library Opens Late on Thursdays
            By Tomas Reed · 3 May 2026

            The Eastwick library will stay open until nine on Thursday evenings from next month.
            """;

    @TempDir
    Path folder;

    @Test
    void readsEachArticleOfAFileWithItsOriginInCodePoints() {
        Reading reading = Reading.write(folder, "export.txt", TWO_ARTICLES);
        String file = "export.txt";
        assertEquals(List.of(), reading.failures());
        assertEquals(List.of("""
                Harbour Board Approves New Ferry Timetable
                By Lena Orvik · 2 May 2026

                The harbour board of Eastwick approved a new ferry timetable on Friday. Boats to Gull Island \uD83D\uDEA2 will \
                leave every forty minutes from June.

                "We listened to the islanders," said board chair Mona Strand.""", """
                Library Opens Late on Thursdays
                By Tomas Reed · 3 May 2026

                The Eastwick library will stay open until nine on Thursday evenings from next month."""), reading.texts());
        assertEquals(new Metadata("export#1", new Origin(file, 0, 270, null), "Harbour Board Approves New Ferry Timetable",
                "Lena Orvik", null, null, null, null, null, List.of(), null), reading.documents().get(0).metadata());
        assertEquals(new Metadata("export#2", new Origin(file, 272, 416, null), "Library Opens Late on Thursdays",
                "Tomas Reed", null, null, null, null, null, List.of(), null), reading.documents().get(1).metadata());
    }

    @Test
    void readsASingleArticleUnderItsFileName() {
        Document doc = Reading.write(folder, "note.txt", "\n  Meeting moved to Friday.\n").only();
        assertEquals("Meeting moved to Friday.", doc.text());
        assertEquals(new Metadata("note", new Origin("note.txt", 3, 27, null), null, null, null,
                null, null, null, null, List.of(), null), doc.metadata());
    }

    @Test
    void leavesAByteOrderMarkOutOfTextAndOffsets() {
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        utf8.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        utf8.writeBytes("Zoë sang.".getBytes(StandardCharsets.UTF_8));
        Document doc = Reading.write(folder, "bom8.txt", utf8.toByteArray()).only();
        assertEquals("Zoë sang.", doc.text());
        assertEquals(new Origin("bom8.txt", 0, 9, null), doc.metadata().origin());

        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.writeBytes("Zoë sang \uD834\uDD1E.".getBytes(StandardCharsets.UTF_16LE));
        Document wide = Reading.write(folder, "bom16.txt", utf16.toByteArray()).only();
        assertEquals("Zoë sang \uD834\uDD1E.", wide.text());
        assertEquals(new Origin("bom16.txt", 0, 11, null), wide.metadata().origin());
    }

    @Test
    void readsUndeclaredNonUtf8TextAsWindows1252WithAWarning() {
        byte[] bytes = "Caf\u00e9 \u201cNorra\u201d opens.".getBytes(Decoding.WINDOWS_1252);
        Document doc = Reading.write(folder, "cafe.txt", bytes).only();
        assertEquals("Café “Norra” opens.", doc.text());
        assertEquals(List.of("the bytes declare no charset and are not valid UTF-8 (the first invalid byte is at offset 3);"
                + " read as windows-1252"), doc.metadata().warnings());
    }

    @Test
    void keepsTheArticleOfAFileWithInvalidUtf8BytesAndWarns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("Tickets cost 5 ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0x80);
        bytes.writeBytes(" each.".getBytes(StandardCharsets.UTF_8));
        Document doc = Reading.write(folder, "tickets.txt", bytes.toByteArray()).only();
        assertEquals("Tickets cost 5 \uFFFD each.", doc.text());
        assertEquals(List.of("bytes at offset 18 are not valid UTF-8; replaced with U+FFFD"), doc.metadata().warnings());
    }

    @Test
    void readsAllOfAFileLongerThanTheHeadItsFormatIsToldBy() {
        String text = "The ferry runs again after the storm.\n\n".repeat(600).strip();
        Document doc = Reading.write(folder, "long-notes", text).only();
        assertEquals(text, doc.text());
    }

    @Test
    void readsTheSampleArticleAsOneDocumentWithItsHeadlineAndByline() {
        Document doc = Reading.of(Path.of("samples/article-with-quotes.txt")).only();
        assertEquals("Harbor town splits over plan to close its last ferry pier", doc.metadata().title());
        assertEquals("Mara Lindqvist", doc.metadata().author());
    }
}
