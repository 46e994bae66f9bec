package adapters.config;

import application.port.in.OmegaSafeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Resolves the config root: {@code --config-dir}, else {@code OMEGASAFE_CONFIG_DIR}, else
 * {@code ~/.omegasafe} (Linux, macOS) or {@code %LOCALAPPDATA%\omegasafe} (Windows).
 */
public final class ConfigRoots {
    private ConfigRoots() { }

    /** The root for this invocation, without creating it. */
    public static Path resolve(Path option, Function<String, String> env) {
        if (option != null) return option.toAbsolutePath().normalize();
        String fromEnv = env.apply("OMEGASAFE_CONFIG_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv).toAbsolutePath().normalize();
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            String local = env.apply("LOCALAPPDATA");
            if (local != null && !local.isBlank()) return Path.of(local, "omegasafe");
        }
        return Path.of(System.getProperty("user.home"), ".omegasafe");
    }

    /**
     * Makes sure the root exists: an explicit {@code --config-dir} given to init must exist already;
     * otherwise the directory is created with owner-only permissions.
     */
    public static void prepare(Path root, boolean explicitForInit) {
        if (Files.isDirectory(root)) return;
        if (explicitForInit) {
            throw new OmegaSafeException("config directory does not exist: " + root,
                    "create it first (mkdir -p " + root + ") or omit --config-dir to use the default location");
        }
        try {
            adapters.out.fs.Permissions.createPrivateDirectories(root);
        } catch (IOException e) {
            throw new OmegaSafeException("cannot create config directory " + root + ": " + e.getMessage(),
                    "pass a writable directory with --config-dir");
        }
    }
}
