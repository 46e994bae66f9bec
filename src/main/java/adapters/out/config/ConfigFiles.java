package adapters.out.config;

import adapters.out.fs.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Atomic, owner-only writes of configuration text files. */
final class ConfigFiles {
    private ConfigFiles() { }

    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        AtomicFiles.replace(file, out -> out.write(bytes));
    }
}
