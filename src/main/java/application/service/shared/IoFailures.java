package application.service.shared;

import application.port.in.failure.FailureException;
import application.port.in.failure.PathFailure;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns an I/O failure about a file or directory the caller named into the {@link PathFailure} that says what
 * is wrong with that path (not with a temporary file beside it).
 */
public final class IoFailures {
    private IoFailures() { }

    /**
     * The failure for {@code e}, met while writing into directory {@code dir} (given as {@code role}).
     * Full disks, read-only file systems, refused permissions and overlong names are told apart.
     */
    public static FailureException writing(PathFailure.Role role, Path dir, Path target, IOException e) {
        if (e instanceof FileAlreadyExistsException) return new FailureException(new PathFailure.AlreadyExists(role, target), e);
        String reason = reason(e);
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            return new FailureException(new PathFailure.NoSpace(role, dir), e);
        }
        if (lower.contains("file name too long")) return new FailureException(new PathFailure.NameTooLong(role, target), e);
        if (e instanceof AccessDeniedException || lower.contains("read-only file system") || lower.contains("permission denied")
                || lower.contains("operation not permitted")) {
            return new FailureException(new PathFailure.NotWritable(role, dir, lower.contains("read-only") ? "read-only file system"
                    : lower.contains("operation not permitted") ? "operation not permitted" : "permission denied"), e);
        }
        if (e instanceof NoSuchFileException && !Files.isDirectory(dir)) {
            return new FailureException(new PathFailure.NotFound(role, dir), e);
        }
        return new FailureException(new PathFailure.WriteFailed(role, dir, reason), e);
    }

    /** The failure for {@code e}, met while reading {@code file} (given as {@code role}). */
    public static FailureException reading(PathFailure.Role role, Path file, IOException e) {
        if (e instanceof NoSuchFileException) return new FailureException(new PathFailure.NotFound(role, file), e);
        if (e instanceof AccessDeniedException) return new FailureException(new PathFailure.NotReadable(role, file), e);
        return new FailureException(new PathFailure.ReadFailed(role, file, reason(e)), e);
    }

    /**
     * Checks that {@code input} is an existing, readable regular file.
     *
     * @throws FailureException with {@link PathFailure.NotFound}, {@link PathFailure.NotARegularFile} or
     *                          {@link PathFailure.NotReadable}
     */
    public static void requireReadableFile(PathFailure.Role role, Path input) {
        if (!Files.exists(input)) throw new FailureException(new PathFailure.NotFound(role, input));
        if (!Files.isRegularFile(input)) throw new FailureException(new PathFailure.NotARegularFile(role, input));
        if (!Files.isReadable(input)) throw new FailureException(new PathFailure.NotReadable(role, input));
    }

    /**
     * Checks that {@code dir} is an existing directory this process may create files in.
     *
     * @throws FailureException with {@link PathFailure.NotFound}, {@link PathFailure.NotADirectory} or
     *                          {@link PathFailure.NotWritable}
     */
    public static void requireWritableDirectory(PathFailure.Role role, Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.exists(dir)) {
            throw new FailureException(new PathFailure.NotFound(role, dir));
        }
        if (!Files.isDirectory(dir)) throw new FailureException(new PathFailure.NotADirectory(role, dir));
        if (!Files.isWritable(dir)) {
            throw new FailureException(new PathFailure.NotWritable(role, dir, readOnly(dir) ? "read-only file system" : "permission denied"));
        }
    }

    private static boolean readOnly(Path dir) {
        try {
            return Files.getFileStore(dir).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Refuses an existing {@code target} (a symbolic link counts, even a dangling one).
     *
     * @throws FailureException with {@link PathFailure.AlreadyExists}
     */
    public static void requireAbsent(PathFailure.Role role, Path target) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) throw new FailureException(new PathFailure.AlreadyExists(role, target));
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
