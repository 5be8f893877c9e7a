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

    @Test
    void dropsAUtf8ByteOrderMark() {
        DecodedText decoded = Decoding.decode(bytes(0xEF, 0xBB, 0xBF, "Café"), null, false);
        assertEquals("Café", decoded.text());
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertEquals(List.of(), decoded.warnings());
    }

    @Test
    void readsUtf16WithEitherByteOrderMark() {
        String text = "Zoë sang \uD834\uDD1E";
        byte[] littleEndian = bytes(0xFF, 0xFE);
        byte[] bigEndian = bytes(0xFE, 0xFF);
        assertEquals(text, Decoding.decode(concat(littleEndian, text.getBytes(StandardCharsets.UTF_16LE)), null, false).text());
        assertEquals(text, Decoding.decode(concat(bigEndian, text.getBytes(StandardCharsets.UTF_16BE)), null, false).text());
    }

    @Test
    void followsACharsetDeclaredInAMetaTag() {
        DecodedText decoded = Decoding.decode(bytes("<meta charset=\"windows-1252\"><p>Caf", 0xE9, "</p>"), null, true);
        assertEquals("<meta charset=\"windows-1252\"><p>Café</p>", decoded.text());
        assertEquals(List.of(), decoded.warnings());
    }

    @Test
    void followsACharsetDeclaredByHttpEquiv() {
        byte[] page = bytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\"><p>", 0xB1, "</p>");
        DecodedText decoded = Decoding.decode(page, null, true);
        assertEquals(Charset.forName("ISO-8859-2"), decoded.charset());
        assertEquals("ą", decoded.text().substring(decoded.text().indexOf("<p>") + 3, decoded.text().indexOf("</p>")));
    }

    @Test
    void followsAnXmlDeclaration() {
        DecodedText decoded = Decoding.decode(bytes("<?xml version=\"1.0\" encoding=\"ISO-8859-7\"?><p>", 0xE1, "</p>"), null, true);
        assertEquals("<?xml version=\"1.0\" encoding=\"ISO-8859-7\"?><p>α</p>", decoded.text());
    }

    @Test
    void readsLatin1LabelsAsWindows1252LikeBrowsers() {
        DecodedText decoded = Decoding.decode(bytes("<meta charset=iso-8859-1><p>", 0x93, "Hi", 0x94, "</p>"), null, true);
        assertEquals("<meta charset=iso-8859-1><p>“Hi”</p>", decoded.text());
    }

    @Test
    void prefersTheContainersCharsetOverTheMarkups() {
        DecodedText decoded = Decoding.decode(bytes("<meta charset=utf-8><p>Caf", 0xE9, "</p>"), "windows-1252", true);
        assertEquals(Decoding.WINDOWS_1252, decoded.charset());
        assertEquals(List.of(), decoded.warnings());
    }

    @Test
    void ignoresMarkupDeclarationsInPlainText() {
        DecodedText decoded = Decoding.decode(bytes("<meta charset=windows-1252> Café"), null, false);
        assertEquals("<meta charset=windows-1252> Café", decoded.text());
    }

    @Test
    void fallsBackToWindows1252WhenUndeclaredBytesAreNotUtf8() {
        DecodedText decoded = Decoding.decode(bytes("Caf", 0xE9, " au lait"), null, false);
        assertEquals("Café au lait", decoded.text());
        assertEquals(List.of("the bytes declare no charset and are not valid UTF-8 (the first invalid byte is at offset 3);"
                + " read as windows-1252"), decoded.warnings());
    }

    @Test
    void replacesBytesInvalidInTheDeclaredCharsetAndWarns() {
        DecodedText decoded = Decoding.decode(bytes("<meta charset=utf-8>Caf", 0xE9, "!"), null, true);
        assertEquals("<meta charset=utf-8>Caf\uFFFD!", decoded.text());
        assertEquals(List.of("bytes at offset 23 are not valid UTF-8; replaced with U+FFFD"), decoded.warnings());
    }

    @Test
    void countsInvalidBytesFromTheStartOfTheFileIncludingTheByteOrderMark() {
        DecodedText decoded = Decoding.decode(bytes(0xEF, 0xBB, 0xBF, "ab", 0xFF, "cd", 0xC3), null, false);
        assertEquals("ab\uFFFDcd\uFFFD", decoded.text());
        assertEquals(List.of("bytes at 2 places, the first at offset 5, are not valid UTF-8; replaced with U+FFFD"),
                decoded.warnings());
        assertEquals(List.of(), decoded.warnings(0, 2));
        assertEquals(List.of("bytes at offset 8 are not valid UTF-8; replaced with U+FFFD"), decoded.warnings(3, 6));
    }

    @Test
    void warnsAboutBytesWindows1252LeavesUndefined() {
        DecodedText decoded = Decoding.decode(bytes("<meta charset=windows-1252>A", 0x81, "B"), null, true);
        assertEquals(List.of("bytes at offset 28 are not valid windows-1252; replaced with U+FFFD"), decoded.warnings());
    }

    @Test
    void ignoresAnUnknownDeclaredCharsetWithANote() {
        DecodedText decoded = Decoding.decode(bytes("<meta charset=\"klingon-8\"><p>Café</p>"), null, true);
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
