package adapters.out.config;

import adapters.out.fs.AtomicFiles;
import adapters.out.fs.Permissions;
import application.port.out.UpdateCheckTimes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** {@link UpdateCheckTimes} in {@code <config root>/update_check}: one ISO-8601 instant (owner only). */
public final class FileUpdateCheckTimes implements UpdateCheckTimes {
    /** File name in the config root. */
    public static final String FILE = "update_check";

    private final Path file;

    public FileUpdateCheckTimes(Path root) {
        this.file = root.resolve(FILE);
    }

    @Override
    public Optional<Instant> last() {
        try {
            Permissions.requireOwnFile(file);
            if (!Files.isRegularFile(file)) return Optional.empty();
            return Optional.of(Instant.parse(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public void record(Instant when) {
        try {
            Permissions.requireOwnFile(file);
            AtomicFiles.replace(file, out -> out.write((when + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            // best effort: the next command asks again
        }
    }
}
