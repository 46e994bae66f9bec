package adapters.out.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private long filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void createNewNeverReplacesAndLeavesNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("out.bin"), "original");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.createNew(target, out -> out.write(1)));
        assertEquals("original", Files.readString(target));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void aFailingWriterLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("new.bin");
        assertThrows(IOException.class, () -> AtomicFiles.createNew(target, out -> {
            out.write(new byte[1000]);
            throw new IOException("disk on fire");
        }));
        assertThrows(IllegalStateException.class, () -> AtomicFiles.replace(target, out -> {
            out.write(1);
            throw new IllegalStateException("bad data");
        }));
        assertEquals(0, filesIn(dir));
    }

    @Test
    void newFilesAreOwnerOnlyAndComplete() throws Exception {
        Path target = dir.resolve("secret.bin");
        AtomicFiles.createNew(target, out -> out.write("data".getBytes()));
        assertEquals("data", Files.readString(target));
        if (Permissions.posix()) assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        AtomicFiles.replace(target, out -> out.write("new".getBytes()));
        assertEquals("new", Files.readString(target));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void privateDirectoriesAre0700() throws Exception {
        Path d = dir.resolve("a/b/c");
        Permissions.createPrivateDirectories(d);
        assertTrue(Files.isDirectory(d));
        if (Permissions.posix()) assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(d)));
    }

    @Test
    void createNewRefusesWithAClearMessage() throws Exception {
        Path target = Files.writeString(dir.resolve("taken.bin"), "mine");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.createNew(target, out -> { }));
        assertTrue(e.getMessage().contains("refusing to overwrite an existing file"), e.getMessage());
    }

    @Test
    void pendingFileIsPrivateFromCreationAndCommitsOnlyOnRequest() throws Exception {
        Path target = dir.resolve("big.out");
        try (AtomicFiles.Pending p = AtomicFiles.begin(target)) {
            assertEquals(dir.toAbsolutePath(), p.path().getParent());
            if (Permissions.posix()) assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p.path())));
            byte[] block = new byte[1 << 16];
            for (int i = 0; i < 40; i++) p.stream().write(block);
            assertTrue(Files.notExists(target), "nothing visible before commit");
            p.commitNew();
        }
        assertEquals(40L << 16, Files.size(target));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void pendingFileClosedWithoutCommitDisappears() throws Exception {
        Path target = dir.resolve("abandoned.out");
        try (AtomicFiles.Pending p = AtomicFiles.begin(target)) {
            p.stream().write(new byte[1000]);
        }
        assertEquals(0, filesIn(dir));
    }

    @Test
    void aTargetCreatedWhileWritingIsNotOverwritten() throws Exception {
        Path target = dir.resolve("race.out");
        try (AtomicFiles.Pending p = AtomicFiles.begin(target)) {
            p.stream().write("late".getBytes());
            Files.writeString(target, "first");
            assertThrows(FileAlreadyExistsException.class, p::commitNew);
        }
        assertEquals("first", Files.readString(target));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void pendingFileWrittenByPathCommitsAsReplace() throws Exception {
        Path target = Files.writeString(dir.resolve("state.sfc"), "old");
        try (AtomicFiles.Pending p = AtomicFiles.begin(target)) {
            Files.writeString(p.path(), "new by path");
            p.commitReplace();
        }
        assertEquals("new by path", Files.readString(target));
        assertEquals(1, filesIn(dir));
    }
}
