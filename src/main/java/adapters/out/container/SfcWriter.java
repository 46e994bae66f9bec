package adapters.out.container;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes a Secure File Container as a stream: header, then entries announced with their exact length,
 * then {@link #finish()} (end record, and the SHA-256 trailer in plain mode or the final AES-GCM chunk in
 * secure mode). Memory stays bounded by one 64 KiB chunk whatever the entry sizes.
 */
public final class SfcWriter implements Closeable {
    private final OutputStream out;
    private final MessageDigest trailer;
    private final Cipher cipher;
    private final SecretKeySpec payloadKey;
    private final byte[] header;
    private final byte[] chunk;
    private int chunkFill;
    private long counter;
    private final Set<UUID> written = new HashSet<>();
    private EntryStream open;
    private boolean finished;

    private SfcWriter(OutputStream out, byte[] header, SfcKey key, byte[] streamNonce) throws IOException {
        this.out = out;
        this.header = header;
        if (key == null) {
            this.trailer = sha256();
            this.cipher = null;
            this.payloadKey = null;
            this.chunk = new byte[8192];
            trailer.update(header);
        } else {
            this.trailer = null;
            try {
                this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
            }
            this.payloadKey = new SecretKeySpec(key.payloadKey(streamNonce), "AES");
            this.chunk = new byte[Sfc.CHUNK_SIZE];
        }
        out.write(header);
    }

    /** A plain-mode container: entries in the clear, protected against corruption by a SHA-256 trailer. */
    public static SfcWriter plain(OutputStream out) throws IOException {
        byte[] h = new byte[Sfc.PLAIN_HEADER_SIZE];
        System.arraycopy(Sfc.MAGIC, 0, h, 0, Sfc.MAGIC.length);
        h[8] = Sfc.VERSION;
        h[9] = Sfc.MODE_PLAIN;
        return new SfcWriter(out, h, null, null);
    }

    /** A secure-mode container under {@code key}, with a fresh random {@code streamNonce} (16 bytes). */
    public static SfcWriter secure(OutputStream out, SfcKey key, byte[] streamNonce) throws IOException {
        if (streamNonce.length != Sfc.STREAM_NONCE_SIZE) throw new IllegalArgumentException("stream nonce must be 16 bytes");
        ByteBuffer h = ByteBuffer.allocate(Sfc.SECURE_HEADER_SIZE);
        h.put(Sfc.MAGIC).put((byte) Sfc.VERSION).put((byte) Sfc.MODE_SECURE);
        h.putInt(key.params().memoryKib()).putInt(key.params().iterations()).put((byte) key.params().parallelism());
        h.put(key.salt()).put(streamNonce).put(key.checkValue());
        return new SfcWriter(out, h.array(), key, streamNonce);
    }

    /**
     * Starts entry {@code id}; the returned stream must receive exactly {@code length} bytes and be closed
     * (or the next entry started) before {@link #finish()}.
     */
    public OutputStream entry(UUID id, long length) throws IOException {
        if (finished) throw new IllegalStateException("container already finished");
        closeOpenEntry();
        if (id.equals(Sfc.END)) throw new IllegalArgumentException("the nil UUID is reserved for the end record");
        if (!written.add(id)) throw new IllegalArgumentException("duplicate entry " + id);
        if (length < 0) throw new IllegalArgumentException("negative entry length");
        body(recordHeader(id, length), 0, Sfc.RECORD_HEADER_SIZE);
        open = new EntryStream(length);
        return open;
    }

    /** Writes the end record and the trailer or final chunk, and flushes. Does not close the stream. */
    public void finish() throws IOException {
        if (finished) return;
        closeOpenEntry();
        body(recordHeader(Sfc.END, 0), 0, Sfc.RECORD_HEADER_SIZE);
        if (cipher != null) {
            sealChunk(true);
        } else {
            flushPlain();
            out.write(trailer.digest());
        }
        out.flush();
        finished = true;
    }

    @Override
    public void close() throws IOException {
        finish();
    }

    private void closeOpenEntry() {
        if (open != null && open.left != 0) {
            throw new IllegalStateException("entry ended " + open.left + " bytes short of its announced length");
        }
        open = null;
    }

    private static byte[] recordHeader(UUID id, long length) {
        return ByteBuffer.allocate(Sfc.RECORD_HEADER_SIZE).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).putLong(length).array();
    }

    private void body(byte[] b, int off, int len) throws IOException {
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
        try {
            cipher.init(Cipher.ENCRYPT_MODE, payloadKey, new GCMParameterSpec(Sfc.TAG_SIZE * 8, Sfc.nonce(counter, last)));
            cipher.updateAAD(header);
            byte[] sealed = cipher.doFinal(chunk, 0, chunkFill);
            out.write(sealed);
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM encryption failed", e);
        }
        counter++;
        chunkFill = 0;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class EntryStream extends OutputStream {
        private long left;

        EntryStream(long length) {
            this.left = length;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (open != this) throw new IllegalStateException("entry is closed");
            if (len > left) throw new IOException("entry receives more bytes than its announced length");
            body(b, off, len);
            left -= len;
        }

        @Override
        public void close() {
            if (open == this) closeOpenEntry();
        }
    }
}
