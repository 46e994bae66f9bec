package adapters.out.fs;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes that never leave a partial file: a temporary file in the target's directory, created with mode
 * 0600 (owner only; set at creation, never loosened), written, fsynced, then moved or linked into place
 * and the directory fsynced. On any failure the temporary file is removed.
 *
 * <p>Temporary files have short, recognisable names ({@link TemporaryFiles}): they are removed when the process is
 * stopped by SIGINT, SIGTERM or SIGHUP, and a leftover of a killed process is removed by the next write in that
 * directory.
 *
 * <p>Two ways to commit: {@link #replace} (local containers: readers see the old or the new file, never a
 * mix) and {@link #createNew} (user outputs: never overwrites an existing file). {@link #begin} gives the
 * caller the temporary file to stream gigabytes into and commit only after it has verified its input.
 */
public final class AtomicFiles {
    /** Write buffer for streamed outputs. */
    private static final int BUFFER = 1 << 20;

    /** Supplies the bytes of a file being written; it must not close the stream it is given (close is ignored). */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() { }

    /** Replaces (or creates) {@code target} atomically with what {@code writer} writes. */
    public static void replace(Path target, Writer writer) throws IOException {
        try (Pending p = begin(target)) {
            writer.writeTo(p.stream());
            p.commitReplace();
        }
    }

    /**
     * Creates {@code target} with what {@code writer} writes; it appears only once complete.
     *
     * @throws FileAlreadyExistsException when {@code target} exists (checked before writing, and again,
     *                                    atomically, when the file is put in place)
     */
    public static void createNew(Path target, Writer writer) throws IOException {
        refuseExisting(target);
        try (Pending p = begin(target)) {
            writer.writeTo(p.stream());
            p.commitNew();
        }
    }

    /**
     * Starts writing {@code target}: a temporary file (0600) in its directory. Write through
     * {@link Pending#stream()} (or to {@link Pending#path()} directly), then commit; closing without a
     * commit deletes the temporary file. Use with try-with-resources.
     */
    public static Pending begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        TemporaryFiles.sweep(dir);
        for (int attempt = 0; ; attempt++) {
            Path tmp = TemporaryFiles.newName(dir);
            try {
                TemporaryFiles.register(tmp);
                Files.createFile(tmp, Permissions.privateFile());
                return new Pending(absolute, tmp);
            } catch (FileAlreadyExistsException e) {
                TemporaryFiles.release(tmp);
                if (attempt == 9) throw e;
            } catch (IOException | RuntimeException e) {
                TemporaryFiles.release(tmp);
                throw e;
            }
        }
    }

    /**
     * Refuses an existing {@code target} before a long write (it is checked again, atomically, at commit).
     *
     * @throws FileAlreadyExistsException when it exists
     */
    public static void refuseExisting(Path target) throws FileAlreadyExistsException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "refusing to overwrite an existing file");
        }
    }

    /** A file being written to a temporary path, not yet visible under its target name. */
    public static final class Pending implements Closeable {
        private final Path target;
        private final Path tmp;
        private FileChannel channel;
        private Writeback writeback;
        private OutputStream stream;
        private boolean done;

        private Pending(Path target, Path tmp) {
            this.target = target;
            this.tmp = tmp;
        }

        /**
         * The temporary file (same directory as the target, mode 0600), for callers that write it by path;
         * do not mix with {@link #stream()}.
         */
        public Path path() { return tmp; }

        /** The target this file will be committed to. */
        public Path target() { return target; }

        /**
         * A buffered stream into the temporary file; closing it does nothing (commit or close this object). What it
         * writes goes to the disk as it comes ({@link Writeback}), so the fsync of the commit has little left to do.
         */
        public OutputStream stream() throws IOException {
            if (done) throw new IllegalStateException("already committed or abandoned");
            if (stream == null) {
                channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                writeback = new Writeback(channel);
                stream = new NonClosing(new BufferedOutputStream(writeback.counting(Channels.newOutputStream(channel)), BUFFER));
            }
            return stream;
        }

        /**
         * Overwrites {@code bytes.length} bytes at {@code offset} of what {@link #stream()} has written
         * (flushing it first): for a head that is known only after the data that follows it.
         */
        public void patch(long offset, byte[] bytes) throws IOException {
            if (done || stream == null) throw new IllegalStateException("nothing written to patch");
            stream.flush();
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
            long at = offset;
            while (b.hasRemaining()) at += channel.write(b, at);
        }

        /** Flushes, fsyncs and atomically replaces (or creates) the target. */
        public void commitReplace() throws IOException {
            sync();
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same directory, so this is only reached on file systems without atomic rename; the file
                // is complete and fsynced, so the window is the rename alone.
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            TemporaryFiles.release(tmp);
            syncDirectory(target);
        }

        /**
         * Flushes, fsyncs and puts the file in place only if the target does not exist.
         *
         * <p>Why a hard link: {@code link(2)} fails with EEXIST when the name exists, atomically, even if
         * another process created it after the first check, so an existing file is never replaced; the
         * temporary name is then removed and the target keeps the temporary file's 0600 mode. A rename
         * cannot do this on POSIX ({@code rename(2)} always replaces). Where hard links are unsupported
         * (some network and FAT file systems), a move without {@code REPLACE_EXISTING}: a no-replace
         * rename on Windows, a check then rename elsewhere, with a window only for a file created in the
         * same instant.
         *
         * @throws FileAlreadyExistsException when the target exists
         */
        public void commitNew() throws IOException {
            sync();
            refuseExisting(target);
            try {
                Files.createLink(target, tmp);
            } catch (FileAlreadyExistsException e) {
                throw new FileAlreadyExistsException(target.toString(), null, "refusing to overwrite an existing file");
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.move(tmp, target);
            }
            done = true;
            Files.deleteIfExists(tmp);
            TemporaryFiles.release(tmp);
            syncDirectory(target);
        }

        private void sync() throws IOException {
            if (done) throw new IllegalStateException("already committed or abandoned");
            if (channel == null) channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
            if (stream != null) stream.flush();
            if (writeback != null) writeback.finish();
            channel.force(true);
            channel.close();
        }

        /** Deletes the temporary file unless committed. */
        @Override
        public void close() throws IOException {
            try {
                if (writeback != null) writeback.stop();
            } finally {
                try {
                    if (channel != null) channel.close();
                } finally {
                    if (!done) {
                        done = true;
                        Files.deleteIfExists(tmp);
                        TemporaryFiles.release(tmp);
                    }
                }
            }
        }
    }

    private static void syncDirectory(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Directories cannot be opened for sync on every platform (Windows); the rename is durable there.
        }
    }

    /** Keeps writers from closing the channel before it is fsynced. */
    private static final class NonClosing extends FilterOutputStream {
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
