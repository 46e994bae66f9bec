package adapters.out.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adapters.out.container.KdfParams;
import adapters.out.container.SfcFormatException;
import adapters.out.container.SfcRandom;
import adapters.out.container.SfcWrongPasswordException;
import adapters.out.container.SfcWriter;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalContainerFileTest {
    private static final LocalContainerFile FILES = new LocalContainerFile(new KdfParams(64, 1, 1), SfcRandom.system());

    @TempDir
    Path dir;

    /** Adds one to the counter entry (used here and by the child processes of {@link LockHolder}). */
    static Map<UUID, byte[]> increment(Map<UUID, byte[]> entries) {
        long n = LockHolder.counter(entries.get(LockHolder.COUNTER));
        entries.put(LockHolder.COUNTER, ByteBuffer.allocate(8).putLong(n + 1).array());
        return entries;
    }

    @Test
    void createReadAndUpdateKeepOrderPermissionsAndSalt() throws Exception {
        Path file = dir.resolve("root/omegasafe_keys.sfc");
        LinkedHashMap<UUID, byte[]> initial = new LinkedHashMap<>();
        initial.put(new UUID(2, 2), "b".getBytes());
        initial.put(new UUID(1, 1), "a".getBytes());
        assertTrue(FILES.createIfAbsent(file, "pw", initial));
        assertFalse(FILES.createIfAbsent(file, "pw", Map.of()), "an existing container is left alone");
        if (Permissions.posix()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        }
        byte[] before = Files.readAllBytes(file);
        LinkedHashMap<UUID, byte[]> read = FILES.read(file, "pw");
        assertEquals(List.of(new UUID(2, 2), new UUID(1, 1)), List.copyOf(read.keySet()));

        FILES.update(file, "pw", entries -> {
            entries.put(new UUID(3, 3), "c".getBytes());
            return entries;
        });
        byte[] after = Files.readAllBytes(file);
        assertEquals(List.of(new UUID(2, 2), new UUID(1, 1), new UUID(3, 3)), List.copyOf(FILES.read(file, "pw").keySet()));
        assertArrayEquals(Arrays.copyOfRange(before, 0, 35), Arrays.copyOfRange(after, 0, 35), "costs and salt kept");
        assertFalse(Arrays.equals(Arrays.copyOfRange(before, 35, 51), Arrays.copyOfRange(after, 35, 51)), "fresh stream nonce");
        if (Permissions.posix()) assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> s = Files.list(file.getParent())) {
            assertEquals(List.of("omegasafe_keys.sfc", "omegasafe_keys.sfc.lock", "omegasafe_keys.sfc.witness"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void containersCreatedUnderOnePasswordShareTheSaltButNotTheStreamNonce() throws Exception {
        String password = "pw-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        Path keys = dir.resolve("root/omegasafe_keys.sfc");
        Path cache = dir.resolve("root/local_cache.sfc");
        Path foreign = dir.resolve("root/other.sfc");
        FILES.create(keys, password, Map.of(new UUID(1, 1), "a".getBytes()));
        FILES.createIfAbsent(cache, password, Map.of(new UUID(2, 2), "b".getBytes()));
        FILES.create(foreign, other, Map.of(new UUID(3, 3), "c".getBytes()));
        byte[] k = Files.readAllBytes(keys);
        byte[] c = Files.readAllBytes(cache);
        byte[] f = Files.readAllBytes(foreign);
        // secure header: salt at 19..35, stream nonce at 35..51 (docs/FORMAT.md section 1.1)
        assertArrayEquals(Arrays.copyOfRange(k, 19, 35), Arrays.copyOfRange(c, 19, 35), "one salt per password");
        assertFalse(Arrays.equals(Arrays.copyOfRange(k, 35, 51), Arrays.copyOfRange(c, 35, 51)), "own stream nonce");
        assertFalse(Arrays.equals(Arrays.copyOfRange(k, 19, 35), Arrays.copyOfRange(f, 19, 35)), "another password, another salt");
        assertEquals("b", new String(FILES.read(cache, password).get(new UUID(2, 2))));
        assertThrows(SfcWrongPasswordException.class, () -> FILES.read(cache, other));
    }

    @Test
    void concurrentUpdatesFromManyThreadsLoseNothing() throws Exception {
        Path file = dir.resolve("ecs_storage.sfc");
        FILES.create(file, "pw", Map.of());
        int threads = 6;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) FILES.update(file, "pw", LocalContainerFileTest::increment);
                    return null;
                }));
            }
            for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * each, LockHolder.counter(FILES.read(file, "pw").get(LockHolder.COUNTER)));
    }

    @Test
    void concurrentUpdatesFromTwoProcessesAndThisOneLoseNothing() throws Exception {
        Path file = dir.resolve("shared.sfc");
        FILES.create(file, "pw", Map.of());
        int each = 20;
        Process a = FileLocksTest.child("increment", file.toString(), "pw", String.valueOf(each));
        Process b = FileLocksTest.child("increment", file.toString(), "pw", String.valueOf(each));
        try {
            for (int i = 0; i < each; i++) FILES.update(file, "pw", LocalContainerFileTest::increment);
            assertTrue(a.waitFor(60, TimeUnit.SECONDS) && b.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, a.exitValue());
            assertEquals(0, b.exitValue());
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
        }
        assertEquals(3 * each, LockHolder.counter(FILES.read(file, "pw").get(LockHolder.COUNTER)));
    }

    @Test
    void aFailingChangeLeavesTheFileUntouched() throws Exception {
        Path file = dir.resolve("local_cache.sfc");
        FILES.create(file, "pw", Map.of(new UUID(1, 1), "keep".getBytes()));
        byte[] before = Files.readAllBytes(file);
        assertThrows(IllegalStateException.class, () -> FILES.update(file, "pw", entries -> {
            throw new IllegalStateException("no");
        }));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(3, s.count(), "the container, its lock file and its witness, no temporary file");
        }
    }

    @Test
    void refusesMissingInsecureWrongPasswordAndPlainContainers() throws Exception {
        assertThrows(NoSuchFileException.class, () -> FILES.read(dir.resolve("none.sfc"), "pw"));
        assertThrows(NoSuchFileException.class, () -> FILES.update(dir.resolve("none.sfc"), "pw", e -> e));

        Path file = dir.resolve("keys.sfc");
        FILES.create(file, "pw", Map.of());
        assertThrows(SfcWrongPasswordException.class, () -> FILES.read(file, "other"));
        if (Permissions.posix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            InsecurePermissionsException e = assertThrows(InsecurePermissionsException.class, () -> FILES.read(file, "pw"));
            assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
        }

        Path plain = dir.resolve("plain.sfc");
        AtomicFiles.createNew(plain, out -> SfcWriter.plain(out).writeAll(Map.of(new UUID(1, 1), "forged".getBytes())));
        assertEquals("container is not password-protected",
                assertThrows(SfcFormatException.class, () -> FILES.read(plain, "pw")).getMessage());
    }
}
