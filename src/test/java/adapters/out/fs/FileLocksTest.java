package adapters.out.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLocksTest {
    @TempDir
    Path dir;

    /** A JVM running {@link LockHolder} with this test's class path. */
    static Process child(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] command = new String[args.length + 4];
        command[0] = java;
        command[1] = "-cp";
        command[2] = System.getProperty("java.class.path");
        command[3] = LockHolder.class.getName();
        System.arraycopy(args, 0, command, 4, args.length);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    @Test
    void aLockHeldByAnotherProcessExcludesThisOne() throws Exception {
        Path file = dir.resolve("state.sfc");
        Process holder = child("hold", file.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            CompletableFuture<Void> mine = CompletableFuture.runAsync(() -> {
                try (FileLocks.Held lock = FileLocks.lock(file)) {
                    assertTrue(Files.exists(FileLocks.lockFile(file)));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertFalse(mine.isDone(), "the lock is granted while another process holds it");
            try (OutputStream in = holder.getOutputStream()) {
                in.write('\n');
            }
            assertEquals("released", out.readLine());
            mine.get(20, TimeUnit.SECONDS);
            assertTrue(holder.waitFor(20, TimeUnit.SECONDS));
            assertEquals(0, holder.exitValue());
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void theSameThreadMayLockAgainAndOtherThreadsWait() throws Exception {
        Path file = dir.resolve("nested/dir/state.sfc");
        CountDownLatch otherHasIt = new CountDownLatch(1);
        try (FileLocks.Held outer = FileLocks.lock(file)) {
            try (FileLocks.Held inner = FileLocks.lock(file)) {
                assertTrue(Files.exists(FileLocks.lockFile(file)));
            }
            Thread other = new Thread(() -> {
                try (FileLocks.Held lock = FileLocks.lock(file)) {
                    otherHasIt.countDown();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            other.start();
            assertFalse(otherHasIt.await(300, TimeUnit.MILLISECONDS), "still held by the outer lock after the inner release");
            outer.close();
            outer.close(); // a second close does nothing
            assertTrue(otherHasIt.await(10, TimeUnit.SECONDS));
            other.join();
        }
        if (Permissions.posix()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(FileLocks.lockFile(file))));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        }
    }
}
