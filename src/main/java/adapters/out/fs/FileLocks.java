package adapters.out.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive locks on a file path across processes ({@code <file>.lock}, {@link FileChannel#lock()}) and
 * threads (one in-process lock per path, since a JVM may not hold two OS locks on one file).
 */
public final class FileLocks {
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private FileLocks() { }

    /** A held lock; closing releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /** Blocks until this process holds the exclusive lock of {@code file}. */
    public static Held lock(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        ReentrantLock local = LOCAL.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        if (local.getHoldCount() > 1) {
            return local::unlock;
        }
        FileChannel ch = null;
        try {
            Path lockFile = key.resolveSibling(key.getFileName() + ".lock");
            ch = FileChannel.open(lockFile, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    Permissions.privateFile());
            FileLock lock = ch.lock();
            FileChannel channel = ch;
            return () -> {
                try {
                    lock.release();
                    channel.close();
                } finally {
                    local.unlock();
                }
            };
        } catch (IOException | RuntimeException e) {
            if (ch != null) ch.close();
            local.unlock();
            throw e;
        }
    }
}
