package adapters.config;

import adapters.out.keyring.SecretStores;
import application.port.out.SecretStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** CDI entry point of the wiring: opens the {@link Workspace} of the config root a command names. */
@ApplicationScoped
public class Wiring {

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "0.0.0")
    String version;

    private volatile SecretStore keyring;

    /**
     * The workspace of the root given by {@code --config-dir} (may be null), the environment or the OS
     * default. With {@code forInit}, an explicit directory must already exist; otherwise it is created.
     */
    public Workspace open(Path configDirOption, boolean forInit) {
        Path root = ConfigRoots.resolve(configDirOption, System::getenv);
        ConfigRoots.prepare(root, forInit, configDirOption != null);
        return new Workspace(root, System::getenv, keyring(), version);
    }

    public String version() {
        return version;
    }

    private SecretStore keyring() {
        if (keyring == null) keyring = SecretStores.forCurrentOs();
        return keyring;
    }
}
