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
}
