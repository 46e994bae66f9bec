package adapters.out.container;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes a Secure File Container as a stream: the header, then entries announced with their exact length,
 * then {@link #finish()} (end record, and the CRC-32C trailer in plain mode or the final AES-GCM chunk in
 * secure mode). Memory stays bounded by one 64 KiB chunk whatever the entry sizes; buffers are reused.
 *
 * <p>{@link #close()} closes the output without finishing: a container abandoned before {@link #finish()}
 * has no end record, and every reader rejects it as truncated. Not thread-safe.
 */
public final class SfcWriter implements Closeable {
    private final OutputStream out;
    private final java.util.zip.Checksum trailer;
    private final Cipher cipher;
    private final SecretKeySpec payloadKey;
    private final byte[] header;
    /** Body bytes not yet sealed (secure) or hashed and written (plain). */
    private final byte[] chunk;
    /** Reused output of one sealed chunk. */
    private final byte[] sealed;
    private final byte[] recordHeader = new byte[Sfc.RECORD_HEADER_SIZE];
    private int chunkFill;
    private long counter;
    private final Set<UUID> written = new HashSet<>();
    private EntryStream open;
    private boolean finished;

    private SfcWriter(OutputStream out, byte[] header, SfcKey key, byte[] streamNonce) throws IOException {
        this.out = out;
        this.header = header;
        if (key == null) {
            this.trailer = Sfc.trailer();
            this.cipher = null;
            this.payloadKey = null;
            this.chunk = new byte[8192];
            this.sealed = null;
            trailer.update(header);
        } else {
            this.trailer = null;
            this.cipher = Sfc.aesGcm();
            this.payloadKey = new SecretKeySpec(key.payloadKey(streamNonce), "AES");
            this.chunk = new byte[Sfc.CHUNK_SIZE];
            this.sealed = new byte[Sfc.SEALED_CHUNK_SIZE];
        }
        out.write(header);
    }

    /** A plain-mode container: entries in the clear, protected against corruption by a CRC-32C trailer. */
    public static SfcWriter plain(OutputStream out) throws IOException {
        byte[] h = new byte[Sfc.PLAIN_HEADER_SIZE];
        System.arraycopy(Sfc.MAGIC, 0, h, 0, Sfc.MAGIC.length);
        h[8] = Sfc.VERSION;
        h[9] = Sfc.MODE_PLAIN;
        return new SfcWriter(out, h, null, null);
    }

    /** A secure-mode container under {@code key}, with a stream nonce from the platform CSPRNG. */
    public static SfcWriter secure(OutputStream out, SfcKey key) throws IOException {
        return secure(out, key, SfcRandom.system());
    }

    /**
     * A secure-mode container under {@code key}; the 16-byte stream nonce (and with it the payload key)
     * is drawn from {@code random} for this write.
     */
    public static SfcWriter secure(OutputStream out, SfcKey key, SfcRandom random) throws IOException {
        byte[] streamNonce = new byte[Sfc.STREAM_NONCE_SIZE];
        random.nextBytes(streamNonce);
        ByteBuffer h = ByteBuffer.allocate(Sfc.SECURE_HEADER_SIZE);
        h.put(Sfc.MAGIC).put((byte) Sfc.VERSION).put((byte) Sfc.MODE_SECURE);
        h.putInt(key.params().memoryKib()).putInt(key.params().iterations()).put((byte) key.params().parallelism());
        h.put(key.salt()).put(streamNonce).put(key.checkValue());
        return new SfcWriter(out, h.array(), key, streamNonce);
    }

    /**
     * Starts entry {@code id}. The returned stream must receive exactly {@code length} bytes before the
     * next entry or {@link #finish()}; closing it early, starting another entry, or finishing throws
     * {@link IllegalStateException}, and writing past {@code length} throws it at once.
     *
     * @throws IllegalArgumentException for a duplicate UUID, the nil UUID (reserved) or a negative length
     */
    public OutputStream entry(UUID id, long length) throws IOException {
        Objects.requireNonNull(id, "id");
        if (finished) throw new IllegalStateException("container already finished");
        closeOpenEntry();
        if (id.equals(Sfc.END)) throw new IllegalArgumentException("the nil UUID is reserved for the end record");
        if (length < 0) throw new IllegalArgumentException("negative entry length");
        if (!written.add(id)) throw new IllegalArgumentException("duplicate entry " + id);
        Sfc.putRecordHeader(recordHeader, id, length);
        body(recordHeader, 0, Sfc.RECORD_HEADER_SIZE);
        open = new EntryStream(length);
        return open;
    }

    /** Writes {@code entries} in their iteration order, then {@link #finish()}es. */
    public void writeAll(Map<UUID, byte[]> entries) throws IOException {
        for (Map.Entry<UUID, byte[]> e : entries.entrySet()) {
            try (OutputStream os = entry(e.getKey(), e.getValue().length)) {
                os.write(e.getValue());
            }
        }
        finish();
    }

    /**
     * Writes the end record and the trailer or final chunk, and flushes. Does not close the output.
     * Calling it again does nothing.
     */
    public void finish() throws IOException {
        if (finished) return;
        closeOpenEntry();
        Sfc.putRecordHeader(recordHeader, Sfc.END, 0);
        body(recordHeader, 0, Sfc.RECORD_HEADER_SIZE);
        if (cipher != null) {
            sealChunk(true);
        } else {
            flushPlain();
            out.write(ByteBuffer.allocate(Sfc.TRAILER_SIZE).putInt((int) trailer.getValue()).array());
        }
        out.flush();
        finished = true;
    }

    /** Closes the output; without {@link #finish()} first, the container stays invalid (truncated). */
    @Override
    public void close() throws IOException {
        out.close();
    }

    private void closeOpenEntry() {
        if (open != null && open.left != 0) {
            throw new IllegalStateException("entry ended " + open.left + " bytes short of its announced length");
        }
        open = null;
    }

    /**
     * Appends body bytes. A full chunk is sealed only when more bytes arrive, so the final chunk (flagged
     * last by {@link #finish()}) is never empty and may be exactly 64 KiB.
     */
    private void body(byte[] b, int off, int len) throws IOException {
        if (cipher == null && len >= chunk.length) {
            // plain mode, large write: checksum and pass it through rather than copy it in 8 KiB pieces
            flushPlain();
            trailer.update(b, off, len);
            out.write(b, off, len);
            return;
        }
        while (len > 0) {
            if (chunkFill == chunk.length) {
                if (cipher != null) sealChunk(false); else flushPlain();
            }
            int n = Math.min(len, chunk.length - chunkFill);
            System.arraycopy(b, off, chunk, chunkFill, n);
            chunkFill += n;
            off += n;
            len -= n;
        }
    }

    private void flushPlain() throws IOException {
        trailer.update(chunk, 0, chunkFill);
        out.write(chunk, 0, chunkFill);
        chunkFill = 0;
    }

    private void sealChunk(boolean last) throws IOException {
        int n;
        try {
            cipher.init(Cipher.ENCRYPT_MODE, payloadKey, new GCMParameterSpec(Sfc.TAG_SIZE * 8, Sfc.nonce(counter, last)));
            cipher.updateAAD(header);
            n = cipher.doFinal(chunk, 0, chunkFill, sealed, 0);
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM encryption failed", e);
        }
        out.write(sealed, 0, n);
        counter++;
        chunkFill = 0;
    }

    /** Receives exactly the announced number of bytes of one entry. */
    private final class EntryStream extends OutputStream {
        private final byte[] one = new byte[1];
        private long left;

        EntryStream(long length) {
            this.left = length;
        }

        @Override
        public void write(int b) throws IOException {
            one[0] = (byte) b;
            write(one, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (open != this) throw new IllegalStateException("entry is closed");
            if (len > left) {
                throw new IllegalStateException("entry receives more bytes than its announced length (" + left + " left, "
                        + len + " given)");
            }
            body(b, off, len);
            left -= len;
        }

        /** Ends the entry; throws when it has not received its announced length. */
        @Override
        public void close() {
            if (open == this) closeOpenEntry();
        }
    }
}
