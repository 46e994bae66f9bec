package adapters.out.fs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes that never leave a partial file: a temporary file (mode 0600) in the target's directory,
 * written, fsynced, then moved into place and the directory fsynced; on any failure the temporary file
 * is removed.
 */
public final class AtomicFiles {
    /** Write buffer for streamed outputs. */
    private static final int BUFFER = 1 << 20;

    /** Supplies the bytes of a file being written. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() { }

    /** Replaces (or creates) {@code target} atomically: readers see the old or the new file, never a mix. */
    public static void replace(Path target, Writer writer) throws IOException {
        Path tmp = writeTemp(target, writer);
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Creates {@code target}, which must not exist; it appears only once complete. The no-replace step
     * is a hard link from the finished temporary file (atomic: fails if the name exists, even if another
     * process created it meanwhile); where links are not supported, a move without replace.
     *
     * @throws FileAlreadyExistsException when {@code target} exists
     */
    public static void createNew(Path target, Writer writer) throws IOException {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw new FileAlreadyExistsException(target.toString());
        Path tmp = writeTemp(target, writer);
        try {
            try {
                Files.createLink(target, tmp);
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                if (e instanceof FileAlreadyExistsException) throw e;
                Files.move(tmp, target);
            }
            syncDirectory(target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path writeTemp(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp", Permissions.privateFile());
        boolean ok = false;
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), BUFFER);
            writer.writeTo(new NonClosing(out));
            out.flush();
            ch.force(true);
            ok = true;
        } finally {
            if (!ok) Files.deleteIfExists(tmp);
        }
        return tmp;
    }

    private static void syncDirectory(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Directories cannot be opened for sync on every platform; the rename itself is durable there.
        }
    }

    /** Keeps writers from closing the channel before it is fsynced. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
