package adapters.config;

import adapters.out.digest.OpenSslSha256Provider;
import adapters.out.keyring.SecretStores;
import application.port.out.SecretStore;
import io.quarkus.runtime.ImageMode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.security.Security;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** CDI entry point of the wiring: opens the {@link Workspace} of the config root a command names. */
@ApplicationScoped
public class Wiring {
    private static final Logger LOG = Logger.getLogger(Wiring.class.getName());

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "0.0.0")
    String version;

    private volatile SecretStore keyring;

    /** Process-wide choices, made once before the first workspace opens. */
    @PostConstruct
    void init() {
        useOpenSslSha256(ImageMode.current());
    }

    /**
     * In the native executable, SHA-256 from the OpenSSL linked into it, first in the JCA provider list for
     * MessageDigest "SHA-256" only: it uses SHA-NI where the CPU has it, where the image's own SHA-256 is fixed to
     * AVX2 at build time (docs/PERFORMANCE.md). On a JVM nothing changes: HotSpot's SHA-NI intrinsic is faster, and the
     * adapter's C functions do not exist there. Returns whether the provider was installed.
     */
    static boolean useOpenSslSha256(ImageMode mode) {
        if (mode != ImageMode.NATIVE_RUN || Security.getProvider(OpenSslSha256Provider.NAME) != null) return false;
        Security.insertProviderAt(new OpenSslSha256Provider(), 1);
        LOG.fine("SHA-256 from OpenSSL's libcrypto (linked in; SHA-NI or AVX2 chosen at run time)");
        return true;
    }

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
