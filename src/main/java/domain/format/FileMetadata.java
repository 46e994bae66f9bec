package domain.format;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The encrypted file metadata prefix: original name, plaintext length and SHA-256 of the plaintext,
 * always {@link #FILE_METADATA_SIZE} bytes before OmegaSafe encryption. Layout (big-endian):
 * <pre>
 * "OSFM"        magic
 * u8  1         layout version
 * u16 L         name length in bytes (UTF-8), 1..{@link #MAX_NAME_BYTES}
 * L bytes       name
 * u64           plaintext length
 * 32 bytes      SHA-256 of the plaintext
 * zero bytes    up to 1024
 * </pre>
 */
public record FileMetadata(String name, long length, byte[] sha256) {
    /** Fixed prefix size: the reader learns the plaintext length before it meets the random suffix. */
    public static final int FILE_METADATA_SIZE = 1024;
    /** Identifies the block ("OmegaSafe File Metadata"), so a wrong key or position is detected at once. */
    private static final byte[] MAGIC = {'O', 'S', 'F', 'M'};
    private static final int VERSION = 1;
    /** SHA-256 digest length. */
    private static final int HASH_SIZE = 32;
    /** What is left for the name: 1024 - magic 4 - version 1 - length field 2 - u64 8 - hash 32. */
    public static final int MAX_NAME_BYTES = FILE_METADATA_SIZE - 4 - 1 - 2 - 8 - HASH_SIZE;

    public FileMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        if (sha256.length != HASH_SIZE) throw new IllegalArgumentException("SHA-256 must be 32 bytes");
        if (length < 0) throw new IllegalArgumentException("length must be >= 0");
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > MAX_NAME_BYTES) {
            throw new IllegalArgumentException("file name must be 1 to " + MAX_NAME_BYTES + " bytes in UTF-8, got " + bytes);
        }
        sha256 = sha256.clone();
    }

    @Override
    public byte[] sha256() { return sha256.clone(); }

    /** The 1024-byte plaintext form. */
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
        if (block.length != FILE_METADATA_SIZE) throw new IllegalArgumentException("file metadata block must be 1024 bytes");
        ByteBuffer b = ByteBuffer.wrap(block);
        try {
            byte[] magic = new byte[4];
            b.get(magic);
            if (!Arrays.equals(magic, MAGIC) || (b.get() & 0xFF) != VERSION) {
                throw new IllegalArgumentException("not an OmegaSafe file metadata block");
            }
            int len = b.getShort() & 0xFFFF;
            if (len == 0 || len > MAX_NAME_BYTES) throw new IllegalArgumentException("invalid name length in file metadata");
            byte[] n = new byte[len];
            b.get(n);
            String name = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(n)).toString();
            long length = b.getLong();
            byte[] hash = new byte[HASH_SIZE];
            b.get(hash);
            while (b.hasRemaining()) {
                if (b.get() != 0) throw new IllegalArgumentException("file metadata padding is not zero");
            }
            return new FileMetadata(name, length, hash);
        } catch (BufferUnderflowException | CharacterCodingException e) {
            throw new IllegalArgumentException("not an OmegaSafe file metadata block");
        }
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
