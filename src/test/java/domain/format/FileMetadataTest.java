package domain.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileMetadataTest {
    private static final byte[] HASH = new byte[32];

    static {
        for (int i = 0; i < 32; i++) HASH[i] = (byte) (i * 7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "report 2026 – ünïcode.pdf", "日本語のファイル名.txt", "emoji 🙂.png"})
    void encodesToExactly1024BytesAndBack(String name) {
        for (long length : new long[] {0, 1, 123_456_789_012L, Long.MAX_VALUE}) {
            FileMetadata m = new FileMetadata(name, length, HASH);
            byte[] block = m.encode();
            assertEquals(FileMetadata.FILE_METADATA_SIZE, block.length);
            assertEquals(1024, block.length);
            FileMetadata back = FileMetadata.decode(block);
            assertEquals(m, back);
            assertEquals(name, back.name());
            assertEquals(length, back.length());
            assertArrayEquals(HASH, back.sha256());
        }
    }

    @Test
    void theLayoutIsTheDocumentedOne() {
        String name = "Größe.bin";
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        byte[] block = new FileMetadata(name, 0x0102030405060708L, HASH).encode();
        ByteBuffer b = ByteBuffer.wrap(block);
        assertArrayEquals(new byte[] {0x4F, 0x53, 0x46, 0x4D}, Arrays.copyOfRange(block, 0, 4));
        assertEquals(1, block[4]);
        assertEquals(utf8.length, b.getShort(5));
        assertArrayEquals(utf8, Arrays.copyOfRange(block, 7, 7 + utf8.length));
        assertEquals(0x0102030405060708L, b.getLong(7 + utf8.length));
        assertArrayEquals(HASH, Arrays.copyOfRange(block, 15 + utf8.length, 47 + utf8.length));
        for (int i = 47 + utf8.length; i < 1024; i++) assertEquals(0, block[i], "padding at " + i);
    }

    @Test
    void theLongestNameFitsAndOneMoreByteDoesNot() {
        assertEquals(1024 - 4 - 1 - 2 - 8 - 32, FileMetadata.MAX_NAME_BYTES);
        String longest = "a".repeat(FileMetadata.MAX_NAME_BYTES);
        assertEquals(longest, FileMetadata.decode(new FileMetadata(longest, 1, HASH).encode()).name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FileMetadata(longest + "b", 1, HASH));
        assertTrue(e.getMessage().contains("978 bytes") && e.getMessage().contains("at most 977"), e.getMessage());
        // the limit counts UTF-8 bytes, not characters: 325 three-byte characters fit, 326 do not
        assertEquals(975, "€".repeat(325).getBytes(StandardCharsets.UTF_8).length);
        new FileMetadata("€".repeat(325), 1, HASH).encode();
        assertThrows(IllegalArgumentException.class, () -> new FileMetadata("€".repeat(326), 1, HASH));
        assertThrows(IllegalArgumentException.class, () -> new FileMetadata("", 1, HASH));
        assertThrows(IllegalArgumentException.class, () -> new FileMetadata("x", -1, HASH));
        assertThrows(IllegalArgumentException.class, () -> new FileMetadata("x", 1, new byte[31]));
    }

    @Test
    void rejectsBlocksThatAreNotFileMetadata() {
        byte[] good = new FileMetadata("x", 5, HASH).encode();
        assertNotMetadata("wrong magic", with(good, 1, good[1] ^ 1));
        assertNotMetadata("unknown layout version 2", with(good, 4, 2));
        assertNotMetadata("non-zero padding", with(good, 1023, 1));
        assertNotMetadata("name length 65281", with(good, 5, 0xFF));
        assertNotMetadata("name length 0", with(good, 6, 0));
        assertNotMetadata("not valid UTF-8", with(good, 7, 0xC0));
        assertNotMetadata("negative length", with(good, 8, 0x80));
        assertNotMetadata("the block is 1023 bytes", new byte[1023]);
        assertNotMetadata("the block is 1025 bytes", Arrays.copyOf(good, 1025));
    }

    @Test
    void aBlockDecryptedWithTheWrongKeyIsRefused() {
        Random random = new Random(6);
        for (int i = 0; i < 1_000; i++) {
            byte[] noise = new byte[1024];
            random.nextBytes(noise);
            assertNotMetadata("", noise);
        }
    }

    @Test
    void valuesAreComparedByContentAndTheHashIsCopied() {
        byte[] hash = HASH.clone();
        FileMetadata m = new FileMetadata("x", 5, hash);
        hash[0] ^= 1;
        m.sha256()[1] ^= 1;
        assertArrayEquals(HASH, m.sha256());
        assertEquals(new FileMetadata("x", 5, HASH), m);
        assertEquals(new FileMetadata("x", 5, HASH).hashCode(), m.hashCode());
        assertNotEquals(new FileMetadata("x", 6, HASH), m);
        assertNotEquals(new FileMetadata("x", 5, hash), m);
    }

    @Test
    void encryptionMetadataNamesAKeyAndANonNegativeStart() {
        UUID key = UUID.fromString("11111111-2222-4333-8444-555555555555");
        EncryptionMetadata e = new EncryptionMetadata(key, 3_000_001L);
        assertEquals(key, e.keyUuid());
        assertEquals(3_000_001L, e.globalPositionStart());
        assertThrows(NullPointerException.class, () -> new EncryptionMetadata(null, 0));
        assertThrows(IllegalArgumentException.class, () -> new EncryptionMetadata(key, -1));
    }

    private static void assertNotMetadata(String detail, byte[] block) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FileMetadata.decode(block));
        assertTrue(e.getMessage().startsWith("not an OmegaSafe file metadata block") && e.getMessage().contains(detail),
                e.getMessage());
    }

    private static byte[] with(byte[] bytes, int index, int value) {
        byte[] copy = bytes.clone();
        copy[index] = (byte) value;
        return copy;
    }
}
