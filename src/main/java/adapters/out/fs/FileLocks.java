package adapters.out.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive locks on a file path across processes and threads. Across processes: an OS lock
 * ({@link FileChannel#lock()}) on the sidecar file {@code <name>.lock} (mode 0600, in a directory created
 * 0700 if missing), which the OS releases if the process dies. Within this JVM: one re-entrant lock per
 * path taken first, since a JVM may not hold two OS locks on one file
 * ({@link java.nio.channels.OverlappingFileLockException}); a thread that already holds the lock of a path
 * may take it again (nested use), other threads wait. The lock file is never opened through a symbolic link,
 * and one owned by another account, or in a directory other accounts may write to, is refused.
 */
public final class FileLocks {
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private FileLocks() { }

    /** A held lock; closing releases it (closing again does nothing). */
    public interface Held extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /** The sidecar lock file of {@code file}. */
    public static Path lockFile(Path file) {
        Path key = file.toAbsolutePath().normalize();
        return key.resolveSibling(key.getFileName() + ".lock");
    }

    /** Blocks until this thread holds the exclusive lock of {@code file}. */
    public static Held lock(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        ReentrantLock local = LOCAL.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        if (local.getHoldCount() > 1) {
            return once(local::unlock);
        }
        FileChannel ch = null;
        try {
            Path lockFile = lockFile(key);
            Permissions.createPrivateDirectories(lockFile.getParent());
            Permissions.requireSafeDirectory(lockFile.getParent());
            Permissions.requireOwnFile(lockFile);
            // never through a symbolic link planted at the lock's name
            ch = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
                    Permissions.privateFile());
            FileLock lock = ch.lock();
            FileChannel channel = ch;
            return once(() -> {
                try {
                    lock.release();
                    channel.close();
                } finally {
                    local.unlock();
                }
            });
        } catch (IOException | RuntimeException e) {
            if (ch != null) ch.close();
            local.unlock();
            throw e;
        }
    }

    private static Held once(Held release) {
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) release.close();
        };
    }
}
