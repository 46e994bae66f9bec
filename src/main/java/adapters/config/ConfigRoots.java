package adapters.config;

import application.port.in.failure.FailureException;
import application.port.in.failure.PathFailure;
import application.port.in.failure.PathFailure.Role;
import application.port.out.NotInitialisedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Resolves the config root: {@code --config-dir}, else {@code OMEGASAFE_CONFIG_DIR}, else {@code ~/.omegasafe}
 * (Linux, macOS; the home of the account, as Java reports it) or {@code %LOCALAPPDATA%\omegasafe} (Windows).
 * Only init creates a directory (the default root, or one named by {@code OMEGASAFE_CONFIG_DIR}); a directory
 * named by {@code --config-dir} must exist already (reference: "For init --config-dir, the directory must already
 * exist"); no other command creates one.
 */
public final class ConfigRoots {
    private ConfigRoots() { }

    /** The root for this invocation, without creating it. */
    public static Path resolve(Path option, Function<String, String> env) {
        if (option != null) return option.toAbsolutePath().normalize();
        String fromEnv = env.apply("OMEGASAFE_CONFIG_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv).toAbsolutePath().normalize();
        return defaultRoot(env);
    }

    /** {@code ~/.omegasafe}, or {@code %LOCALAPPDATA%\omegasafe} on Windows. */
    static Path defaultRoot(Function<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            String local = env.apply("LOCALAPPDATA");
            if (local != null && !local.isBlank()) return Path.of(local, "omegasafe");
        }
        return Path.of(System.getProperty("user.home"), ".omegasafe");
    }

    /**
     * Makes sure the root can be used. An existing root owned by another account or writable by others is refused;
     * one others may read is tightened to 0700 with a warning when it holds a config.ini or init is making it one. For init: a {@code --config-dir} ({@code explicit}) must exist; another root
     * is created (owner only). For every other command the root must exist: nothing is created.
     *
     * @throws FailureException         with {@link PathFailure} when the directory is missing, not a directory or
     *                                  cannot be created
     * @throws NotInitialisedException  when a command other than init names a root that does not exist
     */
    public static void prepare(Path root, boolean forInit, boolean explicit) {
        if (Files.isDirectory(root)) {
            try {
                // only a config root (or one init is making) is tightened: erase-all refuses a foreign directory untouched
                boolean ours = forInit || Files.exists(root.resolve("config.ini"), LinkOption.NOFOLLOW_LINKS);
                adapters.out.fs.Permissions.requirePrivateRoot(root, ours);
            } catch (adapters.out.fs.UnsafePathException e) {
                throw new FailureException(new PathFailure.Unsafe(Role.CONFIG_DIRECTORY, root, e.why()), e);
            } catch (IOException e) {
                throw new FailureException(new PathFailure.ReadFailed(Role.CONFIG_DIRECTORY, root, e.getMessage()), e);
            }
            return;
        }
        if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new FailureException(new PathFailure.NotADirectory(Role.CONFIG_DIRECTORY, root));
        }
        if (!forInit) {
            if (explicit) throw new FailureException(new PathFailure.NotFound(Role.CONFIG_DIRECTORY, root));
            throw new NotInitialisedException(root);
        }
        if (explicit) throw new FailureException(new PathFailure.NotFound(Role.CONFIG_DIRECTORY, root));
        try {
            adapters.out.fs.Permissions.createPrivateDirectories(root);
        } catch (IOException e) {
            throw new FailureException(new PathFailure.NotWritable(Role.CONFIG_DIRECTORY, root, e.getMessage()), e);
        }
    }
}
