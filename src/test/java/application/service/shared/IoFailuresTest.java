package application.service.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import application.port.in.failure.Failure;
import application.port.in.failure.FailureException;
import application.port.in.failure.PathFailure;
import application.port.in.failure.PathFailure.Role;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An I/O failure met while writing beside a target becomes a failure about what the user named: the output directory
 * (not the hidden temporary file the error came from) or the target's name, with the cause told apart.
 */
class IoFailuresTest {
    @TempDir
    Path tmp;

    private Failure writing(IOException e) {
        Path dir = tmp.resolve("out");
        return IoFailures.writing(Role.OUTPUT_DIRECTORY, dir, dir.resolve("report.txt"), e).failure();
    }

    private Path temporary() {
        return tmp.resolve("out").resolve(".omegasafe-4242-0123456789abcdef.tmp");
    }

    @Test
    void aFullDiskNamesTheDirectory() {
        Path dir = tmp.resolve("out");
        assertEquals(new PathFailure.NoSpace(Role.OUTPUT_DIRECTORY, dir),
                writing(new FileSystemException(temporary().toString(), null, "No space left on device")));
        assertEquals(new PathFailure.NoSpace(Role.OUTPUT_DIRECTORY, dir),
                writing(new FileSystemException(temporary().toString(), null, "Disk quota exceeded")));
        assertEquals(new PathFailure.NoSpace(Role.OUTPUT_DIRECTORY, dir), writing(new IOException("No space left on device")));
    }

    @Test
    void permissionProblemsAreSaidToBeSoAboutTheDirectory() {
        Path dir = tmp.resolve("out");
        assertEquals(new PathFailure.NotWritable(Role.OUTPUT_DIRECTORY, dir, "permission denied"),
                writing(new AccessDeniedException(temporary().toString())));
        assertEquals(new PathFailure.NotWritable(Role.OUTPUT_DIRECTORY, dir, "read-only file system"),
                writing(new FileSystemException(temporary().toString(), null, "Read-only file system")));
        assertEquals(new PathFailure.NotWritable(Role.OUTPUT_DIRECTORY, dir, "operation not permitted"),
                writing(new FileSystemException(temporary().toString(), null, "Operation not permitted")));
    }

    @Test
    void otherCausesNameTheTargetOrTheDirectory() {
        Path dir = tmp.resolve("out");
        assertEquals(new PathFailure.NameTooLong(Role.OUTPUT_DIRECTORY, dir.resolve("report.txt")),
                writing(new FileSystemException(dir.resolve("report.txt").toString(), null, "File name too long")));
        assertEquals(new PathFailure.AlreadyExists(Role.OUTPUT_DIRECTORY, dir.resolve("report.txt")),
                writing(new FileAlreadyExistsException(dir.resolve("report.txt").toString())));
        assertEquals(new PathFailure.NotFound(Role.OUTPUT_DIRECTORY, dir), writing(new NoSuchFileException(temporary().toString())));
        assertEquals(new PathFailure.WriteFailed(Role.OUTPUT_DIRECTORY, dir, "Input/output error"),
                writing(new FileSystemException(temporary().toString(), null, "Input/output error")));
    }

    @Test
    void aRegularFileGivenAsDirectoryIsNotADirectory() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        FailureException e = assertThrows(FailureException.class, () -> IoFailures.requireWritableDirectory(Role.OUTPUT_DIRECTORY, file));
        assertEquals(new PathFailure.NotADirectory(Role.OUTPUT_DIRECTORY, file), e.failure());
        e = assertThrows(FailureException.class, () -> IoFailures.requireWritableDirectory(Role.OUTPUT_DIRECTORY, tmp.resolve("nope")));
        assertEquals(new PathFailure.NotFound(Role.OUTPUT_DIRECTORY, tmp.resolve("nope")), e.failure());
    }
}
