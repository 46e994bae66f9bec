package adapters.out.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporary files of unfinished writes. Their names are short and recognisable,
 * {@code .omegasafe-<pid>-<16 hex>.tmp} (so a target name of any legal length still leaves room, and leftovers
 * can be told from other files); while one exists this process removes it on SIGINT, SIGTERM and SIGHUP (a
 * shutdown hook); a leftover of a process killed with SIGKILL is removed by the next write in its directory.
 */
public final class TemporaryFiles {
    private static final Logger LOG = Logger.getLogger(TemporaryFiles.class.getName());
    private static final Pattern NAME = Pattern.compile("\\.omegasafe-(\\d+)-[0-9a-f]{16}\\.tmp");
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    /*
     * Nothing of the running process is read in a static initialiser: the native-image builder may run it at build
     * time and keep the builder's values (its process ID in every name, a shutdown hook of the builder's runtime).
     */
    private static final AtomicBoolean HOOKED = new AtomicBoolean();
    private static volatile long pid;

    private TemporaryFiles() { }

    /** This process's ID, read on first use. */
    private static long pid() {
        long p = pid;
        if (p == 0) pid = p = ProcessHandle.current().pid();
        return p;
    }

    /** A new name for a temporary file in {@code dir} (not created). */
    static Path newName(Path dir) {
        byte[] r = new byte[8];
        ThreadLocalRandom.current().nextBytes(r);
        return dir.resolve(".omegasafe-" + pid() + "-" + HexFormat.of().formatHex(r) + ".tmp");
    }

    /**
     * Remembers {@code tmp} for removal if the process is stopped before it is committed or abandoned; the first call
     * installs the shutdown hook that removes them (it runs on SIGINT, SIGTERM and SIGHUP).
     */
    static void register(Path tmp) {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::removeAll, "omegasafe-temporary-files"));
        }
        LIVE.add(tmp);
    }

    /** Forgets {@code tmp} (committed or deleted). */
    static void release(Path tmp) {
        LIVE.remove(tmp);
    }

    private static void removeAll() {
        for (Path p : LIVE) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException e) {
                // the process is stopping; a leftover is removed by the next write in its directory
            }
        }
    }

    /**
     * Removes leftovers of interrupted runs in {@code dir}: temporary files of this naming whose process no longer
     * runs (or whose process ID now belongs to a process started after the file was last written), owned by this
     * account. Failures are ignored: this is housekeeping.
     *
     * @return how many were removed
     */
    public static int sweep(Path dir) {
        int removed = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".omegasafe-*.tmp")) {
            for (Path p : s) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (!m.matches() || LIVE.contains(p)) continue;
                if (stale(p, Long.parseLong(m.group(1)))) {
                    Permissions.requireOwnFile(p);
                    if (Files.deleteIfExists(p)) removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            return removed;
        }
        if (removed > 0) LOG.warning("Removed " + removed + " leftover temporary file(s) of an interrupted run in " + dir + ".");
        return removed;
    }

    private static boolean stale(Path p, long pid) throws IOException {
        if (pid == pid()) return false;
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) return true;
        Instant written = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).lastModifiedTime().toInstant();
        return h.get().info().startInstant().map(started -> started.isAfter(written)).orElse(false);
    }
}
