package adapters.out.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writeback while streaming: fdatasync requests every window, a failed one fails the write, nothing left running. */
class WritebackTest {
    @TempDir
    Path dir;

    @Test
    void everyWindowOfWrittenBytesIsSentToTheDiskWhileTheWriterGoesOn() throws Exception {
        Path file = dir.resolve("out");
        byte[] data = new byte[10 * 4096 + 17];
        new Random(7).nextBytes(data);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            Writeback writeback = new Writeback(channel, 4096);
            OutputStream out = writeback.counting(Channels.newOutputStream(channel));
            for (int off = 0; off < data.length; off += 1000) out.write(data, off, Math.min(1000, data.length - off));
            for (int i = 0; i < 500 && writeback.requestsServed() == 0; i++) Thread.sleep(10);
            assertTrue(writeback.requestsServed() >= 1, "an fdatasync ran while the file was still open for writing");
            writeback.finish();
            assertTrue(writeback.requestsServed() <= 10, "one per window at most: " + writeback.requestsServed());
        }
        assertArrayEquals(data, Files.readAllBytes(file));
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("omegasafe-writeback")),
                "the writeback thread ends with finish");
    }

    @Test
    void lessThanAWindowStartsNoThread() throws IOException {
        try (FileChannel channel = FileChannel.open(dir.resolve("small"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            Writeback writeback = new Writeback(channel, 1 << 20);
            writeback.counting(Channels.newOutputStream(channel)).write(new byte[4095]);
            writeback.finish();
            assertEquals(0, writeback.requestsServed());
        }
    }

    @Test
    void aFailedFdatasyncFailsTheNextWriteAndTheFinish() throws Exception {
        AtomicInteger forces = new AtomicInteger();
        try (FileChannel real = FileChannel.open(dir.resolve("failing"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             FileChannel failing = new FailingForce(real, forces)) {
            Writeback writeback = new Writeback(failing, 100);
            OutputStream out = writeback.counting(Channels.newOutputStream(real));
            out.write(new byte[100]);   // requests the fdatasync that fails
            for (int i = 0; i < 200 && forces.get() == 0; i++) Thread.sleep(10);
            Thread.sleep(50);
            IOException write = assertThrows(IOException.class, () -> out.write(new byte[1]));
            assertTrue(write.getMessage().contains("writing to the disk failed: EIO (simulated)"), write.getMessage());
            IOException finish = assertThrows(IOException.class, writeback::finish);
            assertTrue(finish.getMessage().contains("EIO (simulated)"), finish.getMessage());
        }
    }

    @Test
    void anAbandonedFileStopsTheThreadWithoutReportingAnything() throws IOException {
        Path file = dir.resolve("abandoned");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Writeback writeback = new Writeback(channel, 1024);
        writeback.counting(Channels.newOutputStream(channel)).write(new byte[8192]);
        writeback.stop();
        channel.close();
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("omegasafe-writeback")));
    }

    @Test
    void atomicFilesStreamsEndUpCompleteAndCommitted() throws IOException {
        Path target = dir.resolve("big.bin");
        byte[] chunk = new byte[1 << 20];
        new Random(3).nextBytes(chunk);
        try (AtomicFiles.Pending p = AtomicFiles.begin(target)) {
            for (int i = 0; i < 70; i++) p.stream().write(chunk);   // more than one 64 MiB window
            p.commitNew();
        }
        assertEquals(70L << 20, Files.size(target));
        try (var in = Files.newInputStream(target)) {
            assertArrayEquals(chunk, in.readNBytes(chunk.length));
        }
    }

    /** A file channel whose force fails as a dying disk's would; everything else goes to the real channel. */
    private static final class FailingForce extends FileChannel {
        private final FileChannel real;
        private final AtomicInteger forces;

        FailingForce(FileChannel real, AtomicInteger forces) {
            this.real = real;
            this.forces = forces;
        }

        @Override public void force(boolean metaData) throws IOException {
            forces.incrementAndGet();
            throw new IOException("EIO (simulated)");
        }
        @Override public int read(ByteBuffer dst) throws IOException { return real.read(dst); }
        @Override public long read(ByteBuffer[] dsts, int offset, int length) throws IOException { return real.read(dsts, offset, length); }
        @Override public int write(ByteBuffer src) throws IOException { return real.write(src); }
        @Override public long write(ByteBuffer[] srcs, int offset, int length) throws IOException { return real.write(srcs, offset, length); }
        @Override public long position() throws IOException { return real.position(); }
        @Override public FileChannel position(long newPosition) throws IOException { real.position(newPosition); return this; }
        @Override public long size() throws IOException { return real.size(); }
        @Override public FileChannel truncate(long size) throws IOException { real.truncate(size); return this; }
        @Override public long transferTo(long position, long count, WritableByteChannel target) throws IOException { return real.transferTo(position, count, target); }
        @Override public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException { return real.transferFrom(src, position, count); }
        @Override public int read(ByteBuffer dst, long position) throws IOException { return real.read(dst, position); }
        @Override public int write(ByteBuffer src, long position) throws IOException { return real.write(src, position); }
        @Override public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException { return real.map(mode, position, size); }
        @Override public FileLock lock(long position, long size, boolean shared) throws IOException { return real.lock(position, size, shared); }
        @Override public FileLock tryLock(long position, long size, boolean shared) throws IOException { return real.tryLock(position, size, shared); }
        @Override protected void implCloseChannel() { }
    }
}
