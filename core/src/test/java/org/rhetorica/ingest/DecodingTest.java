package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodingTest {
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static DecodedText decode(byte[] bytes) {
        return decode(bytes, null, false);
    }

    private static DecodedText decode(byte[] bytes, String container, boolean markup) {
        try {
            return Decoding.decode(bytes, container, markup);
        } catch (InputException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    @Test
    void keepsUtf8WhenOneInvalidByteStandsAmongValidAccents() {
        DecodedText decoded = decode(bytes("Zoë ate crème brûlée in Malmö, then paid ", 0xA3, "4 at the café."));
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertEquals("Zoë ate crème brûlée in Malmö, then paid \uFFFD4 at the café.", decoded.text());
        assertEquals(List.of("bytes at offset 46 are not valid UTF-8; replaced with U+FFFD"), decoded.warnings());
    }

    @Test
    void readsUtf16WithoutAByteOrderMark() {
        String text = "The harbour reopens on Monday. Zoë says so.";
        assertEquals(text, decode(text.getBytes(StandardCharsets.UTF_16LE)).text());
        assertEquals(StandardCharsets.UTF_16LE, decode(text.getBytes(StandardCharsets.UTF_16LE)).charset());
        assertEquals(text, decode(text.getBytes(StandardCharsets.UTF_16BE)).text());
    }

    @Test
    void oneRuleForNulBytesWhereverTheyStand() throws Exception {
        String line = "The ferry leaves at nine and returns at five.\n";
        byte[] early = bytes("The ferry", 0, " leaves.\n", line.repeat(300));
        byte[] late = bytes(line.repeat(300), "The ferry", 0, " leaves.\n");
        assertEquals(8192 < early.length, true);
        DecodedText first = decode(early);
        DecodedText last = decode(late);
        assertEquals("The ferry\uFFFD leaves.", first.text().lines().findFirst().orElseThrow());
        assertEquals(List.of("1 NUL character replaced with U+FFFD"), first.warnings());
        assertEquals(List.of("1 NUL character replaced with U+FFFD"), last.warnings());
        InputException binary = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> Decoding.decode(bytes(line.repeat(300), new String(new char[200]).replace('\0', 'x'), 0, 1, 2, 3, 0, 0, 5, 6, 0, 7,
                        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                        null, false));
        assertEquals("binary file (contains NUL bytes), not text", binary.getMessage());
    }

    @Test
    void guessesAnUndeclaredLegacyEncodingOtherThanWindows1252() throws Exception {
        String russian = "Паром отправляется в девять часов утра и возвращается в пять часов вечера. "
                + "Жители города довольны новым расписанием, но торговцы на рынке просят ещё один рейс по субботам.";
        DecodedText decoded = decode(russian.getBytes(Charset.forName("windows-1251")));
        assertEquals(Charset.forName("windows-1251"), decoded.charset());
        assertEquals(russian, decoded.text());
        assertEquals(List.of("the bytes declare no charset and are not valid UTF-8 (the first invalid byte is at offset 0);"
                + " read as windows-1251, the encoding they resemble"), decoded.warnings());
    }

    @Test
    void dropsAUtf8ByteOrderMark() {
        DecodedText decoded = decode(bytes(0xEF, 0xBB, 0xBF, "Café"), null, false);
        assertEquals("Café", decoded.text());
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertEquals(List.of(), decoded.warnings());
    }

    @Test
    void readsUtf16WithEitherByteOrderMark() {
        String text = "Zoë sang \uD834\uDD1E";
        byte[] littleEndian = bytes(0xFF, 0xFE);
        byte[] bigEndian = bytes(0xFE, 0xFF);
        assertEquals(text, decode(concat(littleEndian, text.getBytes(StandardCharsets.UTF_16LE)), null, false).text());
        assertEquals(text, decode(concat(bigEndian, text.getBytes(StandardCharsets.UTF_16BE)), null, false).text());
    }

    @Test
    void followsACharsetDeclaredInAMetaTag() {
        DecodedText decoded = decode(bytes("<meta charset=\"windows-1252\"><p>Caf", 0xE9, "</p>"), null, true);
        assertEquals("<meta charset=\"windows-1252\"><p>Café</p>", decoded.text());
        assertEquals(List.of(), decoded.warnings());
    }

    @Test
    void followsACharsetDeclaredByHttpEquiv() {
        byte[] page = bytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\"><p>", 0xB1, "</p>");
        DecodedText decoded = decode(page, null, true);
        assertEquals(Charset.forName("ISO-8859-2"), decoded.charset());
        assertEquals("ą", decoded.text().substring(decoded.text().indexOf("<p>") + 3, decoded.text().indexOf("</p>")));
    }

    @Test
    void followsAnXmlDeclaration() {
        DecodedText decoded = decode(bytes("<?xml version=\"1.0\" encoding=\"ISO-8859-7\"?><p>", 0xE1, "</p>"), null, true);
        assertEquals("<?xml version=\"1.0\" encoding=\"ISO-8859-7\"?><p>α</p>", decoded.text());
    }

    @Test
    void readsLatin1LabelsAsWindows1252LikeBrowsers() {
        DecodedText decoded = decode(bytes("<meta charset=iso-8859-1><p>", 0x93, "Hi", 0x94, "</p>"), null, true);
        assertEquals("<meta charset=iso-8859-1><p>“Hi”</p>", decoded.text());
    }

    @Test
    void prefersTheContainersCharsetOverTheMarkups() {
        DecodedText decoded = decode(bytes("<meta charset=utf-8><p>Caf", 0xE9, "</p>"), "windows-1252", true);
        assertEquals(Decoding.WINDOWS_1252, decoded.charset());
        assertEquals(List.of(), decoded.warnings());
    }

    @Test
    void ignoresMarkupDeclarationsInPlainText() {
        DecodedText decoded = decode(bytes("<meta charset=windows-1252> Café"), null, false);
        assertEquals("<meta charset=windows-1252> Café", decoded.text());
    }

    @Test
    void fallsBackToWindows1252WhenUndeclaredBytesAreNotUtf8() {
        DecodedText decoded = decode(bytes("Caf", 0xE9, " au lait"), null, false);
        assertEquals("Café au lait", decoded.text());
        assertEquals(List.of("the bytes declare no charset and are not valid UTF-8 (the first invalid byte is at offset 3);"
                + " read as windows-1252"), decoded.warnings());
    }

    @Test
    void replacesBytesInvalidInTheDeclaredCharsetAndWarns() {
        DecodedText decoded = decode(bytes("<meta charset=utf-8>Caf", 0xE9, "!"), null, true);
        assertEquals("<meta charset=utf-8>Caf\uFFFD!", decoded.text());
        assertEquals(List.of("bytes at offset 23 are not valid UTF-8; replaced with U+FFFD"), decoded.warnings());
    }

    @Test
    void countsInvalidBytesFromTheStartOfTheFileIncludingTheByteOrderMark() {
        DecodedText decoded = decode(bytes(0xEF, 0xBB, 0xBF, "ab", 0xFF, "cd", 0xC3), null, false);
        assertEquals("ab\uFFFDcd\uFFFD", decoded.text());
        assertEquals(List.of("bytes at 2 places, the first at offset 5, are not valid UTF-8; replaced with U+FFFD"),
                decoded.warnings());
        assertEquals(List.of(), decoded.warnings(0, 2));
        assertEquals(List.of("bytes at offset 8 are not valid UTF-8; replaced with U+FFFD"), decoded.warnings(3, 6));
    }

    @Test
    void warnsAboutBytesWindows1252LeavesUndefined() {
        DecodedText decoded = decode(bytes("<meta charset=windows-1252>A", 0x81, "B"), null, true);
        assertEquals(List.of("bytes at offset 28 are not valid windows-1252; replaced with U+FFFD"), decoded.warnings());
    }

    @Test
    void ignoresAnUnknownDeclaredCharsetWithANote() {
        DecodedText decoded = decode(bytes("<meta charset=\"klingon-8\"><p>Café</p>"), null, true);
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertEquals(List.of("declared charset \"klingon-8\" is not known; ignored"), decoded.warnings());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
