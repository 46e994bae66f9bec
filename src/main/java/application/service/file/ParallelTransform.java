package application.service.file;

import domain.transform.OmegaCipher;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The transform of a stream on several threads: positions are random-access, so fixed-size chunks are
 * read in order, transformed by {@code threads} workers at their own positions, and written in order.
 * At most {@code 2 * threads} chunks are in flight, so memory stays bounded. A digest, when given, is
 * fed by the writing thread while workers transform the next chunks.
 */
final class ParallelTransform {
    /** Chunk size: large enough to amortise task hand-off, small enough to keep memory bounded. */
    static final int CHUNK = 4 << 20;

    private ParallelTransform() { }

    /**
     * Copies exactly {@code length} bytes from {@code in} to {@code out}, encrypting (or decrypting) byte i
     * at {@code position + i}. {@code plainDigest} (nullable) receives the plaintext: the input when
     * encrypting, the output when decrypting. Returns the next position.
     */
    static long copy(OmegaCipher cipher, boolean encrypt, long position, InputStream in, long length, OutputStream out,
                     MessageDigest plainDigest, int threads) throws IOException {
        if (threads <= 1 || length <= CHUNK) {
            byte[] buffer = new byte[OmegaStreams.BUFFER_SIZE];
            if (encrypt) {
                return OmegaStreams.encryptCopy(cipher, position, in, length, out, buffer);
            }
            return plainDigest == null
                    ? OmegaStreams.decryptCopy(cipher, position, in, length, out, new NullDigest(), buffer)
                    : OmegaStreams.decryptCopy(cipher, position, in, length, out, plainDigest, buffer);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "omegasafe-transform");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<byte[]>> inFlight = new ArrayDeque<>();
        try {
            long p = position;
            long left = length;
            while (left > 0 || !inFlight.isEmpty()) {
                while (left > 0 && inFlight.size() < 2 * threads) {
                    int n = (int) Math.min(CHUNK, left);
                    byte[] chunk = in.readNBytes(n);
                    if (chunk.length != n) throw new EOFException("input ended early");
                    if (encrypt && plainDigest != null) plainDigest.update(chunk);
                    long at = p;
                    inFlight.add(pool.submit(() -> {
                        if (encrypt) cipher.encrypt(at, chunk, 0, chunk.length);
                        else cipher.decrypt(at, chunk, 0, chunk.length);
                        return chunk;
                    }));
                    p += n;
                    left -= n;
                }
                byte[] done = await(inFlight.poll());
                if (!encrypt && plainDigest != null) plainDigest.update(done);
                out.write(done);
            }
            return p;
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] await(Future<byte[]> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
    }

    /** A digest that discards its input (decrypt without verification needs none; kept for one code path). */
    private static final class NullDigest extends MessageDigest {
        NullDigest() {
            super("none");
        }

        @Override
        protected void engineUpdate(byte input) { }

        @Override
        protected void engineUpdate(byte[] input, int offset, int len) { }

        @Override
        protected byte[] engineDigest() { return new byte[0]; }

        @Override
        protected void engineReset() { }
    }
}
