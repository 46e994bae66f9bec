package application.service.stream;

import domain.transform.OmegaCipher;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

/**
 * The transform of a stream on several threads: positions are random-access, so fixed-size chunks are
 * read in order, transformed by up to {@code threads} workers at their own positions, and written in
 * order. Chunk buffers are allocated once and reused, at most {@code 2 * threads + 2} of them, so
 * memory stays bounded whatever the length. A digest of the plaintext, when asked for, runs on a thread of
 * its own alongside: before a chunk's transform when encrypting (the chunk is transformed in place), while
 * the chunk is written when decrypting.
 */
final class ParallelTransform {
    /**
     * Chunk size: 1 MiB amortises the hand-off to a worker (a few microseconds against about a millisecond
     * of transform) and keeps the buffers of even 16 threads at 32 MiB.
     */
    static final int CHUNK = 1 << 20;

    private ParallelTransform() { }

    /** One chunk in flight: its buffer, its length and the work (digest and transform) on it. */
    private record Slot(byte[] buffer, int length, CompletableFuture<Void> work) { }

    /** A written chunk whose buffer is free once the digest has taken it. */
    private record Release(byte[] buffer, CompletableFuture<Void> digested) { }

    /**
     * Copies exactly {@code length} bytes from {@code in} to {@code out}, encrypting (or decrypting) byte i
     * at {@code position + i}. {@code plainDigest} (nullable) receives the plaintext: the input when
     * encrypting, the output when decrypting, on a thread of its own, in order, while the workers
     * transform and the caller's thread reads and writes. {@code progress} receives the number of bytes
     * written so far after each chunk. Returns the next position.
     *
     * @throws EOFException when {@code in} ends before {@code length} bytes
     */
    static long copy(OmegaCipher cipher, boolean encrypt, long position, InputStream in, long length, OutputStream out,
                     MessageDigest plainDigest, int threads, LongConsumer progress) throws IOException {
        long chunks = (length + CHUNK - 1) / CHUNK;
        int workers = (int) Math.min(threads, chunks);
        if (workers <= 1) return serial(cipher, encrypt, position, in, length, out, plainDigest, progress);
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemon("omegasafe-transform"));
        // one thread, so digest updates run in submission order, which is the file's order
        ExecutorService hasher = Executors.newSingleThreadExecutor(daemon("omegasafe-sha256"));
        int maxBuffers = 2 * workers + 2;
        ArrayDeque<byte[]> free = new ArrayDeque<>();
        ArrayDeque<Slot> inFlight = new ArrayDeque<>();
        ArrayDeque<Release> releasing = new ArrayDeque<>();
        int allocated = 0;
        try {
            long p = position;
            long left = length;
            long written = 0;
            while (left > 0 || !inFlight.isEmpty()) {
                while (left > 0 && inFlight.size() < 2 * workers) {
                    byte[] buffer = free.poll();
                    if (buffer == null && allocated < maxBuffers) {
                        buffer = new byte[CHUNK];
                        allocated++;
                    }
                    if (buffer == null) {
                        Release r = releasing.poll();
                        await(r.digested());
                        buffer = r.buffer();
                    }
                    int n = (int) Math.min(CHUNK, left);
                    readFully(in, buffer, n);
                    long at = p;
                    byte[] b = buffer;
                    CompletableFuture<Void> work;
                    if (encrypt) {
                        CompletableFuture<Void> hashed = plainDigest == null
                                ? CompletableFuture.completedFuture(null)
                                : CompletableFuture.runAsync(() -> plainDigest.update(b, 0, n), hasher);
                        work = hashed.thenRunAsync(() -> cipher.encrypt(at, b, 0, n), pool);
                    } else {
                        work = CompletableFuture.runAsync(() -> cipher.decrypt(at, b, 0, n), pool);
                    }
                    inFlight.add(new Slot(buffer, n, work));
                    p += n;
                    left -= n;
                }
                Slot done = inFlight.poll();
                await(done.work());
                if (!encrypt && plainDigest != null) {
                    byte[] b = done.buffer();
                    int n = done.length();
                    releasing.add(new Release(b, CompletableFuture.runAsync(() -> plainDigest.update(b, 0, n), hasher)));
                }
                out.write(done.buffer(), 0, done.length());
                if (encrypt || plainDigest == null) free.add(done.buffer());
                written += done.length();
                progress.accept(written);
                while (!releasing.isEmpty() && releasing.peek().digested().isDone()) {
                    Release r = releasing.poll();
                    await(r.digested());
                    free.add(r.buffer());
                }
            }
            for (Release r : releasing) await(r.digested());
            return p;
        } finally {
            pool.shutdownNow();
            hasher.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The same copy on the calling thread, with one buffer no larger than the data. */
    private static long serial(OmegaCipher cipher, boolean encrypt, long position, InputStream in, long length,
                               OutputStream out, MessageDigest plainDigest, LongConsumer progress) throws IOException {
        byte[] buffer = new byte[(int) Math.min(CHUNK, Math.max(length, 1))];
        long left = length;
        long written = 0;
        while (left > 0) {
            int n = (int) Math.min(buffer.length, left);
            readFully(in, buffer, n);
            if (encrypt) {
                if (plainDigest != null) plainDigest.update(buffer, 0, n);
                cipher.encrypt(position, buffer, 0, n);
            } else {
                cipher.decrypt(position, buffer, 0, n);
                if (plainDigest != null) plainDigest.update(buffer, 0, n);
            }
            out.write(buffer, 0, n);
            position += n;
            left -= n;
            written += n;
            progress.accept(written);
        }
        return position;
    }

    private static void readFully(InputStream in, byte[] buffer, int n) throws IOException {
        if (in.readNBytes(buffer, 0, n) != n) {
            throw new EOFException("input ended early (did the file change while being read?)");
        }
    }

    private static void await(CompletableFuture<Void> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null) {
                if (c.getCause() instanceof RuntimeException r) throw r;
            }
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
    }
}
