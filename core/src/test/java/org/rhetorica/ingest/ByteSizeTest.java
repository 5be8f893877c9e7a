package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
    @Test
    void readsSizesWithAndWithoutUnits() {
        assertEquals(64L * 1024 * 1024, ByteSize.parse("64MB"));
        assertEquals(64L * 1024 * 1024, ByteSize.parse("64 MiB"));
        assertEquals(500L * 1024, ByteSize.parse("500k"));
        assertEquals(3L * 1024 * 1024 * 1024 / 2, ByteSize.parse("1.5GB"));
        assertEquals(2147483647L, ByteSize.parse("2147483647"));
        assertEquals(100L, ByteSize.parse("100b"));
    }

    @Test
    void refusesWhatIsNoSize() {
        assertEquals("'-3MB' is not a size; write it like 64MB, 500KB or 1GB",
                assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("-3MB")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("64XB"));
    }

    @Test
    void printsSizesForPeople() {
        assertEquals("64 MiB", ByteSize.format(64L * 1024 * 1024));
        assertEquals("100 bytes", ByteSize.format(100));
        assertEquals("2.0 GiB", ByteSize.format(2147483647L));
    }
}
