package application.port.out;

import domain.key.KeyIteration;
import java.io.IOException;
import java.nio.file.Path;

/** The file an exported Alpha travels in between devices (out of band; never through an ECS). */
public interface KeyExportFormat {

    /** Writes {@code alpha} to a new file (never replacing one), readable by its owner only. */
    void write(Path target, KeyIteration alpha) throws IOException;

    /**
     * Reads an exported Alpha.
     *
     * @throws NotAnEncryptedFileException when the file is not an exported OmegaSafe key or is damaged
     */
    KeyIteration read(Path source) throws IOException;
}
