package domain.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileMetadataTest {
    private static final byte[] HASH = new byte[32];

    static {
        for (int i = 0; i < 32; i++) HASH[i] = (byte) (i * 7);
    }

    @Test
    void encodesToExactly1024BytesAndBack() {
        FileMetadata m = new FileMetadata("report 2026 – ünïcode.pdf", 123_456_789_012L, HASH);
        byte[] block = m.encode();
        assertEquals(1024, block.length);
        assertEquals(m, FileMetadata.decode(block));
        assertArrayEquals(HASH, FileMetadata.decode(block).sha256());
    }

    @Test
    void theLongestNameFitsAndOneMoreByteDoesNot() {
        String longest = "a".repeat(FileMetadata.MAX_NAME_BYTES);
        assertEquals(longest, FileMetadata.decode(new FileMetadata(longest, 1, HASH).encode()).name());
        assertEquals(977, FileMetadata.MAX_NAME_BYTES);
        assertThrows(IllegalArgumentException.class, () -> new FileMetadata(longest + "b", 1, HASH));
        assertThrows(IllegalArgumentException.class, () -> new FileMetadata("", 1, HASH));
    }

    @Test
    void rejectsBlocksThatAreNotFileMetadata() {
        byte[] good = new FileMetadata("x", 5, HASH).encode();
        byte[] magic = good.clone();
        magic[1] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> FileMetadata.decode(magic));
        byte[] padding = good.clone();
        padding[1023] = 1;
        assertThrows(IllegalArgumentException.class, () -> FileMetadata.decode(padding));
        byte[] nameLength = good.clone();
        nameLength[5] = (byte) 0xFF;
        assertThrows(IllegalArgumentException.class, () -> FileMetadata.decode(nameLength));
        byte[] badUtf8 = good.clone();
        badUtf8[7] = (byte) 0xC0;
        assertThrows(IllegalArgumentException.class, () -> FileMetadata.decode(badUtf8));
        assertThrows(IllegalArgumentException.class, () -> FileMetadata.decode(new byte[1023]));
        assertEquals("x", new String(good, 7, 1, StandardCharsets.UTF_8));
    }
}
