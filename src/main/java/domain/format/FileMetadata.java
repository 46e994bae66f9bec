package domain.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The encrypted file metadata prefix: original name, plaintext length and SHA-256 of the plaintext,
 * always {@link #FILE_METADATA_SIZE} bytes before OmegaSafe encryption. Layout (big-endian, offsets in
 * bytes, L the name length):
 * <pre>
 * offset     size  field
 * 0          4     magic "OSFM" (0x4F 0x53 0x46 0x4D)
 * 4          1     layout version, 1
 * 5          2     u16 L, name length in bytes of UTF-8, 1..{@value #MAX_NAME_BYTES}
 * 7          L     file name, UTF-8
 * 7+L        8     u64 plaintext length (0..2^63-1)
 * 15+L       32    SHA-256 of the plaintext
 * 47+L       977-L zero bytes, up to offset 1024
 * </pre>
 * Decoding refuses a block of another size, another magic or version, a name length outside
 * 1..{@value #MAX_NAME_BYTES}, a name that is not strict UTF-8, a negative length or non-zero padding.
 */
public record FileMetadata(String name, long length, byte[] sha256) {
    /**
     * Fixed prefix size, as in the reference's format: the reader learns the plaintext length before it
     * meets the random suffix.
     */
    public static final int FILE_METADATA_SIZE = 1024;
    /** Identifies the block ("OmegaSafe File Metadata"), so a wrong key or position is detected at once. */
    private static final byte[] MAGIC = {'O', 'S', 'F', 'M'};
    /** Layout version; a reader refuses versions it does not know rather than misread a name or length. */
    private static final int VERSION = 1;
    /** SHA-256 digest length. */
    private static final int HASH_SIZE = 32;
    /** What is left for the name: 1024 - magic 4 - version 1 - length field 2 - u64 8 - hash 32. */
    public static final int MAX_NAME_BYTES = FILE_METADATA_SIZE - 4 - 1 - 2 - 8 - HASH_SIZE;

    /**
     * Validates and copies the hash.
     *
     * @throws IllegalArgumentException when the name is empty or does not fit in {@value #MAX_NAME_BYTES}
     *                                  bytes of UTF-8, the length is negative or the hash is not 32 bytes
     */
    public FileMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        if (sha256.length != HASH_SIZE) throw new IllegalArgumentException("SHA-256 must be 32 bytes");
        if (length < 0) throw new IllegalArgumentException("length must be >= 0");
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0) throw new IllegalArgumentException("file name must not be empty");
        if (bytes > MAX_NAME_BYTES) {
            throw new IllegalArgumentException("file name is " + bytes + " bytes in UTF-8; the file metadata block holds at most "
                    + MAX_NAME_BYTES + "; rename the file to a shorter name");
        }
        sha256 = sha256.clone();
    }

    /** A copy of the SHA-256 of the plaintext. */
    @Override
    public byte[] sha256() { return sha256.clone(); }

    /** The 1024-byte plaintext form, laid out as described above. */
    public byte[] encode() {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(FILE_METADATA_SIZE);
        b.put(MAGIC).put((byte) VERSION).putShort((short) n.length).put(n).putLong(length).put(sha256);
        return b.array();
    }

    /**
     * Parses a decrypted prefix.
     *
     * @throws IllegalArgumentException when the block is not a valid file metadata block (wrong key or
     *                                  position, or a modified file)
     */
    public static FileMetadata decode(byte[] block) {
        if (block.length != FILE_METADATA_SIZE) {
            throw notMetadata("the block is " + block.length + " bytes, not " + FILE_METADATA_SIZE);
        }
        ByteBuffer b = ByteBuffer.wrap(block);
        byte[] magic = new byte[MAGIC.length];
        b.get(magic);
        if (!Arrays.equals(magic, MAGIC)) throw notMetadata("wrong magic");
        int version = b.get() & 0xFF;
        if (version != VERSION) throw notMetadata("unknown layout version " + version);
        int len = b.getShort() & 0xFFFF;
        if (len == 0 || len > MAX_NAME_BYTES) throw notMetadata("name length " + len + " outside 1.." + MAX_NAME_BYTES);
        byte[] n = new byte[len];
        b.get(n);
        String name;
        try {
            name = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(n)).toString();
        } catch (CharacterCodingException e) {
            throw notMetadata("the name is not valid UTF-8");
        }
        long length = b.getLong();
        if (length < 0) throw notMetadata("negative length");
        byte[] hash = new byte[HASH_SIZE];
        b.get(hash);
        while (b.hasRemaining()) {
            if (b.get() != 0) throw notMetadata("non-zero padding");
        }
        return new FileMetadata(name, length, hash);
    }

    private static IllegalArgumentException notMetadata(String detail) {
        return new IllegalArgumentException("not an OmegaSafe file metadata block: " + detail);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileMetadata f && f.name.equals(name) && f.length == length && Arrays.equals(f.sha256, sha256);
    }

    @Override
    public int hashCode() { return Objects.hash(name, length, Arrays.hashCode(sha256)); }

    @Override
    public String toString() { return "FileMetadata[name=" + name + ", length=" + length + "]"; }
}
