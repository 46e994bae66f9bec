package adapters.out.fs;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;

/**
 * Starts the kernel's writeback of a file while it is being streamed, so that the fsync before the file is committed
 * waits for the last window of data rather than for the whole file. Linux writes dirty pages on its own only once
 * they exceed {@code vm.dirty_background_ratio} of memory (gigabytes on a large machine), so without this a
 * 1 GiB output would be written to the disk only at the final fsync, after all the computing is done.
 *
 * <p>Every {@link #WINDOW} bytes written through {@link #counting}, a daemon thread named
 * {@code omegasafe-writeback} runs {@link FileChannel#force force(false)} (fdatasync(2)) on the channel while the
 * writer goes on; requests made while one runs are merged into the next. A failure of that fsync (EIO, ENOSPC) is
 * kept and thrown from the next write or from {@link #finish}, so it fails the write like any other I/O error.
 * Not thread-safe for writers: one writing thread per file.
 */
final class Writeback {
    /** Bytes written between two writeback requests: large enough to batch, small enough to overlap (64 MiB). */
    static final long WINDOW = 64L << 20;

    private final FileChannel channel;
    private final long window;
    private final Object lock = new Object();
    private long sinceRequest;
    private boolean requested;
    private boolean stopped;
    private IOException failure;
    private Thread thread;
    private long served;

    Writeback(FileChannel channel) {
        this(channel, WINDOW);
    }

    /** @param window bytes between requests (tests use small ones) */
    Writeback(FileChannel channel, long window) {
        if (window <= 0) throw new IllegalArgumentException("window must be positive: " + window);
        this.channel = channel;
        this.window = window;
    }

    /** {@code out} (which writes to the channel) with every byte counted towards the next request. */
    OutputStream counting(OutputStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                written(1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                written(len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    /** Number of fdatasync calls completed so far (for tests). */
    long requestsServed() {
        synchronized (lock) {
            return served;
        }
    }

    private void written(long n) throws IOException {
        throwIfFailed();
        sinceRequest += n;
        if (sinceRequest < window) return;
        sinceRequest = 0;
        synchronized (lock) {
            if (stopped) return;
            requested = true;
            if (thread == null) {
                thread = Thread.ofPlatform().daemon().name("omegasafe-writeback").start(this::serve);
            }
            lock.notifyAll();
        }
    }

    private void serve() {
        while (true) {
            synchronized (lock) {
                while (!requested && !stopped) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (stopped) return;
                requested = false;
            }
            try {
                channel.force(false);
                synchronized (lock) {
                    served++;
                }
            } catch (ClosedChannelException e) {
                return;   // the file was abandoned (or committed) meanwhile
            } catch (IOException e) {
                synchronized (lock) {
                    failure = e;
                    stopped = true;
                }
                return;
            }
        }
    }

    /**
     * Stops the thread, waiting for an fdatasync in progress; the caller then makes the final fsync.
     *
     * @throws IOException the failure of an earlier fdatasync, if any
     */
    void finish() throws IOException {
        stop();
        throwIfFailed();
    }

    /** Stops the thread without reporting failures (the file is being abandoned). */
    void stop() throws InterruptedIOException {
        Thread t;
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
            t = thread;
        }
        if (t == null) return;
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the writeback of a file");
        }
    }

    private void throwIfFailed() throws IOException {
        IOException f;
        synchronized (lock) {
            f = failure;
        }
        if (f != null) throw new IOException("writing to the disk failed: " + f.getMessage(), f);
    }
}
