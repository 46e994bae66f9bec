package application.port.in.failure;

import java.nio.file.Path;

/** A file or directory the caller named cannot be used as asked. */
public sealed interface PathFailure extends Failure {

    /** What the path was given as (the command line names the option that supplies it). */
    enum Role { INPUT_FILE, OUTPUT_DIRECTORY, OUTPUT_FILE, SFC_PATH, CONFIG_DIRECTORY }

    Role role();

    Path path();

    record NotFound(Role role, Path path) implements PathFailure { }

    record NotARegularFile(Role role, Path path) implements PathFailure { }

    record NotADirectory(Role role, Path path) implements PathFailure { }

    record NotReadable(Role role, Path path) implements PathFailure { }

    /** {@code path} (a directory) refuses new files, for {@code reason}. */
    record NotWritable(Role role, Path path, String reason) implements PathFailure { }

    record AlreadyExists(Role role, Path path) implements PathFailure { }

    /** The file system holding {@code path} is full. */
    record NoSpace(Role role, Path path) implements PathFailure { }

    /** A name the file system cannot hold (too long for it). */
    record NameTooLong(Role role, Path path) implements PathFailure { }

    record ReadFailed(Role role, Path path, String reason) implements PathFailure { }

    record WriteFailed(Role role, Path path, String reason) implements PathFailure { }

    /**
     * The path is unsafe to trust: a symbolic link where none may be, or a file or directory another account
     * owns or may write to ({@code why} says which).
     */
    record Unsafe(Role role, Path path, String why) implements PathFailure { }
}
