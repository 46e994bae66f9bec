package application.port.out;

import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/** An SFC ECS: a local secure container file holding the claims of the keys registered in it. */
public record SfcEcsEntry(UUID uuid, String name, Path path, String omegasafeVersion) implements EcsEntry {
    public SfcEcsEntry {
        Objects.requireNonNull(uuid, "uuid");
        name = EcsEntry.requireName(name);
        Objects.requireNonNull(path, "path");
        if (!path.isAbsolute()) throw new IllegalArgumentException("an SFC ECS path must be absolute");
    }

    @Override
    public EcsType type() { return EcsType.SFC; }

    @Override
    public SfcEcsEntry withName(String newName) { return new SfcEcsEntry(uuid, newName, path, omegasafeVersion); }

    /** The same entry for a file at another path. */
    public SfcEcsEntry withPath(Path newPath) { return new SfcEcsEntry(uuid, name, newPath, omegasafeVersion); }
}
