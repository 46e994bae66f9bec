package application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/** Reading user files and writing new ones without ever leaving a partial file or replacing one. */
public interface PlainFiles {

    /** Supplies a new file's bytes. Throwing aborts the write and leaves nothing behind. */
    @FunctionalInterface
    interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Opens a regular file for reading. */
    InputStream open(Path file) throws IOException;

    /** Size of a regular file in bytes. */
    long size(Path file) throws IOException;

    /**
     * Writes a new file: a temporary file in the target's directory, renamed into place only after
     * {@code writer} returns; never replaces an existing file; removes the temporary file on failure.
     *
     * @throws java.nio.file.FileAlreadyExistsException when {@code target} exists
     */
    void writeNew(Path target, Writer writer) throws IOException;
}
