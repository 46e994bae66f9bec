package adapters.out.file;

import adapters.out.fs.AtomicFiles;
import application.port.out.PlainFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@link PlainFiles} on the local file system; new files are written with {@link AtomicFiles#createNew}. */
public final class LocalPlainFiles implements PlainFiles {
    /** Read-ahead for sequential reads of large inputs. */
    private static final int READ_BUFFER = 1 << 20;

    @Override
    public InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), READ_BUFFER);
    }

    @Override
    public long size(Path file) throws IOException {
        return Files.size(file);
    }

    @Override
    public void writeNew(Path target, Writer writer) throws IOException {
        AtomicFiles.createNew(target, writer::writeTo);
    }
}
