package adapters.out.container;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads a Secure File Container as a stream of entries. In secure mode every 64 KiB chunk is
 * authenticated before its bytes are handed out; in plain mode the SHA-256 trailer is checked at the
 * end. Either way the container is known intact only when {@link #verifyEnd()} returns (it is called
 * when {@link #next()} passes the last entry): callers that act on data before then must be able to
 * undo it (write to a temporary file, commit after verification).
 */
public final class SfcReader implements Closeable {
    private final java.io.PushbackInputStream in;
    private final boolean secure;
    private final byte[] header;
    private final MessageDigest trailer;
    private final Cipher cipher;
    private final SecretKeySpec payloadKey;
    private final SfcKey key;
    private byte[] chunk = new byte[0];
    private int chunkPos;
    private long counter;
    private boolean lastChunkSeen;
    private final Set<UUID> seen = new HashSet<>();
    private Entry current;
    private boolean ended;
    private boolean verified;

    private SfcReader(InputStream in, byte[] header, SfcKey key, byte[] streamNonce) {
        this.in = new java.io.PushbackInputStream(in, 1);
        this.header = header;
        this.key = key;
        this.secure = key != null;
        if (secure) {
            this.trailer = null;
            try {
                this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
            }
            this.payloadKey = new SecretKeySpec(key.payloadKey(streamNonce), "AES");
        } else {
            this.cipher = null;
            this.payloadKey = null;
            try {
                this.trailer = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            trailer.update(header);
        }
    }

    /**
     * Opens a container. {@code password} may be null for plain containers.
     *
     * @throws SfcFormatException   when the input is not a container of a supported version
     * @throws SfcPasswordException when a secure container has no or a wrong password
     */
    public static SfcReader open(InputStream in, String password) throws IOException {
        byte[] start = in.readNBytes(Sfc.PLAIN_HEADER_SIZE);
        if (start.length < Sfc.MAGIC.length || !Arrays.equals(Arrays.copyOf(start, Sfc.MAGIC.length), Sfc.MAGIC)) {
            throw new SfcFormatException("not an OmegaSafe container");
        }
        if (start.length < Sfc.PLAIN_HEADER_SIZE) throw new SfcFormatException("container is truncated");
        if ((start[8] & 0xFF) != Sfc.VERSION) {
            throw new SfcFormatException("unsupported container version " + (start[8] & 0xFF));
        }
        int mode = start[9] & 0xFF;
        if (mode == Sfc.MODE_PLAIN) return new SfcReader(in, start, null, null);
        if (mode != Sfc.MODE_SECURE) throw new SfcFormatException("unknown container mode " + mode);
        byte[] rest = in.readNBytes(Sfc.SECURE_HEADER_SIZE - Sfc.PLAIN_HEADER_SIZE);
        if (rest.length != Sfc.SECURE_HEADER_SIZE - Sfc.PLAIN_HEADER_SIZE) throw new SfcFormatException("container is truncated");
        byte[] header = ByteBuffer.allocate(Sfc.SECURE_HEADER_SIZE).put(start).put(rest).array();
        ByteBuffer h = ByteBuffer.wrap(rest);
        KdfParams params = new KdfParams(h.getInt(), h.getInt(), h.get() & 0xFF).validated();
        byte[] salt = new byte[SfcKey.SALT_SIZE];
        byte[] streamNonce = new byte[Sfc.STREAM_NONCE_SIZE];
        byte[] check = new byte[SfcKey.CHECK_SIZE];
        h.get(salt).get(streamNonce).get(check);
        if (password == null) throw new SfcPasswordException("the container is password-protected", true);
        SfcKey key = SfcKey.derive(password, params, salt);
        if (!key.matchesCheck(check)) throw new SfcPasswordException("wrong password for the container", false);
        return new SfcReader(in, header, key, streamNonce);
    }

    /** True for a secure-mode container. */
    public boolean secure() { return secure; }

    /** The key of a secure container (to rewrite it without deriving again); null in plain mode. */
    public SfcKey key() { return key; }

    /** The next entry, or null after the last one (the end is then verified). */
    public Entry next() throws IOException {
        if (ended) return null;
        if (current != null) current.skipRest();
        byte[] rh = readBody(Sfc.RECORD_HEADER_SIZE);
        ByteBuffer b = ByteBuffer.wrap(rh);
        UUID id = new UUID(b.getLong(), b.getLong());
        long length = b.getLong();
        if (id.equals(Sfc.END)) {
            if (length != 0) throw new SfcFormatException("container end record is damaged");
            ended = true;
            current = null;
            verifyEnd();
            return null;
        }
        if (length < 0) throw new SfcFormatException("container entry has a negative length");
        if (!seen.add(id)) throw new SfcFormatException("container holds entry " + id + " twice");
        current = new Entry(id, length);
        return current;
    }

    /**
     * Reads to the end and checks it: end record, then the SHA-256 trailer (plain) or a final-flagged
     * chunk (secure), then end of input.
     *
     * @throws SfcFormatException when the container is truncated, modified or has trailing data
     */
    public void verifyEnd() throws IOException {
        if (verified) return;
        while (!ended) {
            if (next() == null) return;
        }
        if (secure) {
            if (chunkPos != chunk.length || !lastChunkSeen) throw new SfcFormatException("container has data after its end record");
        } else {
            byte[] expected = trailer.digest();
            byte[] actual = in.readNBytes(Sfc.TRAILER_SIZE);
            if (actual.length != Sfc.TRAILER_SIZE) throw new SfcFormatException("container is truncated");
            if (!MessageDigest.isEqual(expected, actual)) {
                throw new SfcFormatException("container integrity check failed (tampered or corrupted)");
            }
        }
        if (in.read() != -1) throw new SfcFormatException("container has trailing data");
        verified = true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private byte[] readBody(int n) throws IOException {
        byte[] out = new byte[n];
        int got = readBody(out, 0, n);
        if (got != n) throw new SfcFormatException("container is truncated");
        return out;
    }

    /** Reads up to {@code len} body bytes; fewer only at the end of the body. */
    private int readBody(byte[] b, int off, int len) throws IOException {
        if (!secure) {
            int got = in.readNBytes(b, off, len);
            trailer.update(b, off, got);
            return got;
        }
        int total = 0;
        while (total < len) {
            if (chunkPos == chunk.length) {
                if (lastChunkSeen) break;
                openChunk();
            }
            int n = Math.min(len - total, chunk.length - chunkPos);
            System.arraycopy(chunk, chunkPos, b, off + total, n);
            chunkPos += n;
            total += n;
        }
        return total;
    }

    private void openChunk() throws IOException {
        byte[] sealed = in.readNBytes(Sfc.CHUNK_SIZE + Sfc.TAG_SIZE);
        if (sealed.length == 0) throw new SfcFormatException("container is truncated");
        boolean last;
        if (sealed.length < Sfc.CHUNK_SIZE + Sfc.TAG_SIZE) {
            last = true;
        } else {
            int next = in.read();
            last = next == -1;
            if (!last) in.unread(next);
        }
        if (sealed.length < Sfc.TAG_SIZE + 1) throw new SfcFormatException("container is truncated");
        try {
            cipher.init(Cipher.DECRYPT_MODE, payloadKey, new GCMParameterSpec(Sfc.TAG_SIZE * 8, Sfc.nonce(counter, last)));
            cipher.updateAAD(header);
            chunk = cipher.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw new SfcFormatException("container integrity check failed (tampered, truncated or corrupted)");
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM decryption failed", e);
        }
        chunkPos = 0;
        counter++;
        lastChunkSeen = last;
    }

    /** One entry: its UUID, length and a stream over exactly its bytes. */
    public final class Entry {
        private final UUID id;
        private final long length;
        private long left;
        private final InputStream stream;

        Entry(UUID id, long length) {
            this.id = id;
            this.length = length;
            this.left = length;
            this.stream = new InputStream() {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (current != Entry.this) throw new IOException("entry is no longer current");
                    if (left == 0) return -1;
                    int n = (int) Math.min(len, left);
                    int got = readBody(b, off, n);
                    if (got < n) throw new SfcFormatException("container is truncated");
                    left -= got;
                    return got;
                }
            };
        }

        public UUID id() { return id; }

        public long length() { return length; }

        /** The entry's bytes; not yet verified to the end of the container (see {@link SfcReader}). */
        public InputStream stream() { return stream; }

        public byte[] readAllBytes() throws IOException {
            if (length > Integer.MAX_VALUE - 16) {
                throw new SfcFormatException("container entry " + id + " claims " + length + " bytes: damaged, or too large to load");
            }
            byte[] all = stream.readNBytes((int) length);
            if (all.length != length) throw new SfcFormatException("container is truncated");
            return all;
        }

        void skipRest() throws IOException {
            byte[] buf = new byte[8192];
            while (left > 0) {
                int n = stream.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) throw new EOFException();
            }
        }
    }
}
