package application.service.config;

import application.port.in.EraseAllUseCase;
import application.port.out.ConfigPassword;
import application.port.out.Configuration;
import application.port.out.LocalFiles;
import application.port.out.SecretStoreUnavailableException;
import application.port.out.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code erase-all}: deletes the config directory, the containers configured outside it and the keyring
 * entry of the configuration password. Touches no ECS.
 */
public final class EraseAllService implements EraseAllUseCase {
    private final Path root;
    private final Configuration configuration;
    private final ConfigPassword password;
    private final LocalFiles files;

    public EraseAllService(Path root, Configuration configuration, ConfigPassword password, LocalFiles files) {
        this.root = root;
        this.configuration = configuration;
        this.password = password;
        this.files = files;
    }

    @Override
    public List<Path> targets() {
        List<Path> t = new ArrayList<>();
        t.add(root);
        try {
            Settings s = configuration.load();
            for (Path p : List.of(s.keysContainer(), s.cacheContainer(), s.ecsContainer())) {
                Path abs = p.toAbsolutePath().normalize();
                if (!abs.startsWith(root.toAbsolutePath().normalize())) t.add(abs);
            }
        } catch (RuntimeException e) {
            // nothing configured: only the directory itself
        }
        return t;
    }

    @Override
    public Result erase() {
        List<Path> removed = new ArrayList<>();
        for (Path p : targets()) if (files.deleteRecursively(p)) removed.add(p);
        KeyringStatus status;
        try {
            status = password.deleteFromKeyring() ? KeyringStatus.REMOVED : KeyringStatus.NOT_FOUND;
        } catch (SecretStoreUnavailableException e) {
            status = KeyringStatus.UNAVAILABLE;
        }
        return new Result(removed, status);
    }
}
