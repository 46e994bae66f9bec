package adapters.out.container;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

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
    private final ChunkCipher cipher;
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
    /** Bytes handed to the output so far (header, sealed chunks or plain body). */
    private long outputBytes;
    /** A head reserved by {@link #entryWithDeferredHead}, filled in by {@link #finish(byte[])}. */
    private DeferredHead deferred;

    /**
     * Where a deferred head lives until it is known. Plain mode: its file offset and the CRC-32C of
     * everything before it (the trailer restarts after it, and the parts are combined at the end). Secure
     * mode: its offset inside chunk 0, and chunk 0's plaintext once it had to make way for chunk 1 (its
     * place in the file is then held by zeros, and it is sealed once, when the head is known: sealing it
     * twice would reuse its GCM nonce).
     */
    private static final class DeferredHead {
        final int length;
        final long fileOffset;
        final int chunkOffset;
        final int crcBefore;
        long lengthAfter;
        byte[] heldChunk;
        int heldFill;

        DeferredHead(int length, long fileOffset, int chunkOffset, int crcBefore) {
            this.length = length;
            this.fileOffset = fileOffset;
            this.chunkOffset = chunkOffset;
            this.crcBefore = crcBefore;
        }
    }

    /** Bytes to write at a file offset after the stream has been written: the deferred head, in place. */
    public record Patch(long offset, byte[] bytes) { }

    private SfcWriter(OutputStream out, byte[] header, SfcKey key, byte[] streamNonce) throws IOException {
        this.out = out;
        this.header = header;
        if (key == null) {
            this.trailer = Sfc.trailer();
            this.cipher = null;
            this.chunk = new byte[8192];
            this.sealed = null;
            trailer.update(header);
        } else {
            this.trailer = null;
            this.cipher = ChunkCipher.forKey(key.payloadKey(streamNonce));
            this.chunk = new byte[Sfc.CHUNK_SIZE];
            this.sealed = new byte[Sfc.SEALED_CHUNK_SIZE];
        }
        out.write(header);
        outputBytes = header.length;
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

    /**
     * Starts entry {@code id} whose first {@code headLength} bytes are known only at the end (a digest of
     * what follows, say): the returned stream takes the remaining {@code length - headLength} bytes, and
     * {@link #finish(byte[])} supplies the head and returns where it must be written into the output,
     * which must therefore be a file. At most one deferred head per container; in secure mode it must
     * lie in the first chunk.
     *
     * @throws IllegalStateException when a head is already deferred or would not lie in the first chunk
     */
    public OutputStream entryWithDeferredHead(UUID id, long length, int headLength) throws IOException {
        if (headLength < 1 || headLength > length) throw new IllegalArgumentException("head length out of range");
        if (deferred != null) throw new IllegalStateException("a head is already deferred");
        EntryStream stream = (EntryStream) entry(id, length);
        if (cipher == null) {
            flushPlain();
            deferred = new DeferredHead(headLength, outputBytes, -1, (int) trailer.getValue());
            out.write(new byte[headLength]);
            outputBytes += headLength;
            trailer.reset();
        } else {
            if (counter != 0 || chunkFill + headLength > chunk.length) {
                throw new IllegalStateException("a deferred head must lie in the first chunk");
            }
            deferred = new DeferredHead(headLength, Sfc.SECURE_HEADER_SIZE, chunkFill, 0);
            chunkFill += headLength;
        }
        stream.left -= headLength;
        return stream;
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
        if (deferred != null) throw new IllegalStateException("a deferred head needs finish(head)");
        finishStream();
    }

    private void finishStream() throws IOException {
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

    /**
     * {@link #finish()} for a container with a deferred head: fills it in and returns the patch to apply to
     * the output file (none when the head could still go out with the stream).
     */
    public java.util.Optional<Patch> finish(byte[] head) throws IOException {
        if (deferred == null) throw new IllegalStateException("no head was deferred");
        if (head.length != deferred.length) throw new IllegalArgumentException("head must be " + deferred.length + " bytes");
        if (finished) throw new IllegalStateException("container already finished");
        DeferredHead d = deferred;
        if (cipher == null) {
            closeOpenEntry();
            Sfc.putRecordHeader(recordHeader, Sfc.END, 0);
            body(recordHeader, 0, Sfc.RECORD_HEADER_SIZE);
            flushPlain();
            java.util.zip.Checksum h = Sfc.trailer();
            h.update(head, 0, head.length);
            int crc = Crc32c.combine(Crc32c.combine(d.crcBefore, (int) h.getValue(), head.length),
                    (int) trailer.getValue(), d.lengthAfter);
            out.write(ByteBuffer.allocate(Sfc.TRAILER_SIZE).putInt(crc).array());
            out.flush();
            finished = true;
            return java.util.Optional.of(new Patch(d.fileOffset, head.clone()));
        }
        if (d.heldChunk == null) {
            // still in the first chunk: the head goes out with the stream
            System.arraycopy(head, 0, chunk, d.chunkOffset, head.length);
            deferred = null;
            finishStream();
            return java.util.Optional.empty();
        }
        finishStream();
        System.arraycopy(head, 0, d.heldChunk, d.chunkOffset, head.length);
        byte[] sealedFirst = new byte[Sfc.SEALED_CHUNK_SIZE];
        int n = cipher.seal(Sfc.nonce(0, false), header, d.heldChunk, d.heldFill, sealedFirst);
        java.util.Arrays.fill(d.heldChunk, (byte) 0);
        return java.util.Optional.of(new Patch(d.fileOffset, java.util.Arrays.copyOf(sealedFirst, n)));
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
            outputBytes += len;
            if (deferred != null) deferred.lengthAfter += len;
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
        outputBytes += chunkFill;
        if (deferred != null) deferred.lengthAfter += chunkFill;
        chunkFill = 0;
    }

    private void sealChunk(boolean last) throws IOException {
        if (counter == 0 && deferred != null && !last) {
            // chunk 0 waits for its head: keep its plaintext, hold its place with zeros
            deferred.heldChunk = java.util.Arrays.copyOf(chunk, chunkFill);
            deferred.heldFill = chunkFill;
            out.write(new byte[Sfc.SEALED_CHUNK_SIZE]);
            outputBytes += Sfc.SEALED_CHUNK_SIZE;
            counter++;
            chunkFill = 0;
            return;
        }
        int n = cipher.seal(Sfc.nonce(counter, last), header, chunk, chunkFill, sealed);
        out.write(sealed, 0, n);
        outputBytes += n;
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
