package adapters.out.container;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.AEADBadTagException;

/**
 * Reads a Secure File Container as a stream of entries, in constant memory.
 *
 * <p>When is data trustworthy? In secure mode every 64 KiB chunk is authenticated before its bytes are
 * handed out, but a chunk's tag cannot tell whether later chunks were cut off or whether this chunk was
 * meant to be the last; in plain mode the CRC-32C trailer is checked only at the end. Either way the
 * container is known complete and intact only when {@link #verifyEnd()} has returned; {@link #next()}
 * calls it when it passes the last entry. A caller that acts on entry data before then must be able to
 * undo it: stream a large entry to a temporary file and commit it only after {@link #verifyEnd()}.
 *
 * <p>A format failure leaves the reader unusable; discard it. Not thread-safe.
 */
public final class SfcReader implements Closeable {
    private final PushbackInputStream in;
    private final byte[] header;
    private final SfcKey key;
    private final java.util.zip.Checksum trailer;
    private final ChunkCipher cipher;
    private final byte[] sealed;
    private final byte[] chunk;
    private int chunkLength;
    private int chunkPos;
    private long counter;
    private boolean lastChunkSeen;
    private final byte[] recordHeader = new byte[Sfc.RECORD_HEADER_SIZE];
    private final Set<UUID> seen = new HashSet<>();
    private EntryStream current;
    private boolean ended;
    private boolean verified;

    private SfcReader(InputStream in, byte[] header, SfcKey key, byte[] streamNonce) {
        this.in = new PushbackInputStream(in, 1);
        this.header = header;
        this.key = key;
        if (key != null) {
            this.trailer = null;
            this.cipher = ChunkCipher.forKey(key.payloadKey(streamNonce));
            this.sealed = new byte[Sfc.SEALED_CHUNK_SIZE];
            this.chunk = new byte[Sfc.CHUNK_SIZE];
        } else {
            this.cipher = null;
            this.sealed = null;
            this.chunk = null;
            this.trailer = Sfc.trailer();
            trailer.update(header);
        }
    }

    /**
     * Opens a container, reading its header; the mode comes from the header. {@code password} is asked
     * only for a secure container and may be null (or supply null) when there is none.
     *
     * @throws SfcFormatException            when the input is not a container, has an unsupported version
     *                                       or mode, or hostile key-derivation costs
     * @throws SfcPasswordRequiredException  when the container is secure and there is no password
     * @throws SfcWrongPasswordException     when the password does not open it
     */
    public static SfcReader open(InputStream in, PasswordSupplier password) throws IOException {
        byte[] start = in.readNBytes(Sfc.PLAIN_HEADER_SIZE);
        if (start.length < Sfc.MAGIC.length || !Arrays.equals(start, 0, Sfc.MAGIC.length, Sfc.MAGIC, 0, Sfc.MAGIC.length)) {
            throw new SfcFormatException("not an OmegaSafe container");
        }
        if (start.length < Sfc.PLAIN_HEADER_SIZE) throw new SfcFormatException("container is truncated");
        if ((start[8] & 0xFF) != Sfc.VERSION) {
            throw new SfcFormatException("unsupported container version " + (start[8] & 0xFF)
                    + " (this omegasafe reads version " + Sfc.VERSION + "): update omegasafe");
        }
        int mode = start[9] & 0xFF;
        if (mode == Sfc.MODE_PLAIN) return new SfcReader(in, start, null, null);
        if (mode != Sfc.MODE_SECURE) throw new SfcFormatException("unknown container mode " + mode + " (damaged header)");
        byte[] rest = in.readNBytes(Sfc.SECURE_HEADER_SIZE - Sfc.PLAIN_HEADER_SIZE);
        if (rest.length != Sfc.SECURE_HEADER_SIZE - Sfc.PLAIN_HEADER_SIZE) throw new SfcFormatException("container is truncated");
        byte[] header = ByteBuffer.allocate(Sfc.SECURE_HEADER_SIZE).put(start).put(rest).array();
        ByteBuffer h = ByteBuffer.wrap(rest);
        KdfParams params = new KdfParams(h.getInt(), h.getInt(), h.get() & 0xFF).validated();
        byte[] salt = new byte[SfcKey.SALT_SIZE];
        byte[] streamNonce = new byte[Sfc.STREAM_NONCE_SIZE];
        byte[] check = new byte[SfcKey.CHECK_SIZE];
        h.get(salt).get(streamNonce).get(check);
        char[] pw = password == null ? null : password.password();
        if (pw == null) throw new SfcPasswordRequiredException();
        SfcKey key = SfcKey.derive(pw, params, salt);
        if (!key.matchesCheck(check)) throw new SfcWrongPasswordException();
        return new SfcReader(in, header, key, streamNonce);
    }

    /** As {@link #open(InputStream, PasswordSupplier)} with a fixed password, or null for none. */
    public static SfcReader open(InputStream in, String password) throws IOException {
        return open(in, PasswordSupplier.of(password));
    }

    /**
     * Reads a whole small container into memory, in the writer's order, and verifies its end. The input is
     * consumed but not closed.
     */
    public static LinkedHashMap<UUID, byte[]> readAll(InputStream in, PasswordSupplier password) throws IOException {
        SfcReader r = open(in, password);
        return r.readRemaining();
    }

    /** The remaining entries in memory, then {@link #verifyEnd()}. */
    public LinkedHashMap<UUID, byte[]> readRemaining() throws IOException {
        LinkedHashMap<UUID, byte[]> out = new LinkedHashMap<>();
        for (Optional<SfcEntry> e = next(); e.isPresent(); e = next()) {
            out.put(e.get().id(), e.get().readAllBytes());
        }
        return out;
    }

    /** True for a secure-mode container. */
    public boolean secure() { return key != null; }

    /** The key of a secure container, to rewrite it without deriving again; empty in plain mode. */
    public Optional<SfcKey> key() { return Optional.ofNullable(key); }

    /** True once {@link #verifyEnd()} has succeeded: everything read so far is authentic and complete. */
    public boolean verified() { return verified; }

    /**
     * The next entry (skipping what is left of the current one), or empty after the last one, in which
     * case the end has been verified ({@link #verifyEnd()}).
     *
     * @throws SfcFormatException when the container is truncated, damaged, modified, or repeats an entry UUID
     */
    public Optional<SfcEntry> next() throws IOException {
        if (ended) {
            verifyEnd();
            return Optional.empty();
        }
        if (current != null) current.skipRest();
        readBodyFully(recordHeader, Sfc.RECORD_HEADER_SIZE);
        ByteBuffer b = ByteBuffer.wrap(recordHeader);
        UUID id = new UUID(b.getLong(), b.getLong());
        long length = b.getLong();
        if (id.equals(Sfc.END)) {
            if (length != 0) throw new SfcFormatException("container end record is damaged");
            ended = true;
            current = null;
            verifyEnd();
            return Optional.empty();
        }
        if (length < 0) throw new SfcFormatException("container entry " + id + " has a negative length (damaged)");
        if (!seen.add(id)) throw new SfcFormatException("container holds entry " + id + " twice (damaged or forged)");
        current = new EntryStream(length);
        return Optional.of(new SfcEntry(id, length, current));
    }

    /**
     * Reads to the end of the container (skipping entries not read) and checks it: the end record, then the
     * CRC-32C trailer (plain) or that the end record closed the final, last-flagged chunk (secure), then end
     * of input. Idempotent.
     *
     * @throws SfcFormatException when the container is truncated, modified or has trailing data
     */
    public void verifyEnd() throws IOException {
        if (verified) return;
        while (!ended) {
            if (next().isEmpty()) return;
        }
        if (key != null) {
            if (chunkPos != chunkLength || !lastChunkSeen) {
                throw new SfcFormatException("container has data after its end record (damaged or forged)");
            }
        } else {
            byte[] expected = java.nio.ByteBuffer.allocate(Sfc.TRAILER_SIZE).putInt((int) trailer.getValue()).array();
            byte[] actual = in.readNBytes(Sfc.TRAILER_SIZE);
            if (actual.length != Sfc.TRAILER_SIZE) throw new SfcFormatException("container is truncated");
            if (!MessageDigest.isEqual(expected, actual)) {
                throw new SfcFormatException("container integrity check failed (tampered or corrupted)");
            }
        }
        if (in.read() != -1) throw new SfcFormatException("container has trailing data after its end (damaged or forged)");
        verified = true;
    }

    /** Closes the input. */
    @Override
    public void close() throws IOException {
        in.close();
    }

    private void readBodyFully(byte[] b, int n) throws IOException {
        if (readBody(b, 0, n) != n) throw new SfcFormatException("container is truncated");
    }

    /** Reads up to {@code len} body bytes; fewer only at the end of the body. */
    private int readBody(byte[] b, int off, int len) throws IOException {
        if (key == null) {
            int got = in.readNBytes(b, off, len);
            trailer.update(b, off, got);
            return got;
        }
        int total = 0;
        while (total < len) {
            if (chunkPos == chunkLength) {
                if (lastChunkSeen) break;
                openChunk();
            }
            int n = Math.min(len - total, chunkLength - chunkPos);
            System.arraycopy(chunk, chunkPos, b, off + total, n);
            chunkPos += n;
            total += n;
        }
        return total;
    }

    /**
     * Reads and opens the next sealed chunk. It is the last one when the input ends right after it, and is
     * then opened with the last-chunk flag: a file cut at a chunk boundary fails the tag of its new end.
     */
    private void openChunk() throws IOException {
        int got = in.readNBytes(sealed, 0, Sfc.SEALED_CHUNK_SIZE);
        boolean last;
        if (got < Sfc.SEALED_CHUNK_SIZE) {
            last = true;
        } else {
            int next = in.read();
            last = next == -1;
            if (!last) in.unread(next);
        }
        if (got <= Sfc.TAG_SIZE) throw new SfcFormatException("container is truncated");
        try {
            chunkLength = cipher.open(Sfc.nonce(counter, last), header, sealed, got, chunk);
        } catch (AEADBadTagException e) {
            throw new SfcFormatException("container integrity check failed (tampered, truncated or corrupted)");
        }
        chunkPos = 0;
        counter++;
        lastChunkSeen = last;
    }

    /** Exactly the bytes of one entry; valid while it is the reader's current entry. */
    private final class EntryStream extends InputStream {
        private final byte[] one = new byte[1];
        private long left;

        EntryStream(long length) {
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (current != this) throw new IOException("container entry is no longer current");
            if (left == 0) return -1;
            if (len == 0) return 0;
            int n = (int) Math.min(len, left);
            int got = readBody(b, off, n);
            if (got < n) throw new SfcFormatException("container is truncated");
            left -= got;
            return got;
        }

        @Override
        public int available() {
            int buffered = key != null ? chunkLength - chunkPos : 0;
            return (int) Math.min(left, buffered);
        }

        void skipRest() throws IOException {
            byte[] buf = new byte[8192];
            while (left > 0) {
                read(buf, 0, (int) Math.min(buf.length, left));
            }
        }
    }
}
