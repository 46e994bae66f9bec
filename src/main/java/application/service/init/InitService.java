package application.service.init;

import application.port.in.InitUseCase;
import application.port.in.failure.ConfigFailure;
import application.port.in.failure.FailureException;
import application.port.out.ConfigPassword;
import application.port.out.Configuration;
import application.port.out.Entropy;
import application.port.out.LocalContainers;
import application.port.out.SecretStoreUnavailableException;
import application.port.out.Settings;
import java.util.List;
import java.util.Optional;

/**
 * Initialises a config root: settles the configuration password (environment, else keyring reuse or a
 * new random one stored in the keyring), writes {@code config.ini} and creates the three containers.
 */
public final class InitService implements InitUseCase {
    /** 32 random bytes, base64url: 256 bits of entropy for the generated configuration password. */
    static final int GENERATED_PASSWORD_BYTES = 32;

    private final Configuration configuration;
    private final ConfigPassword password;
    private final LocalContainers containers;
    private final Entropy entropy;

    public InitService(Configuration configuration, ConfigPassword password, LocalContainers containers,
                       Entropy entropy) {
        this.configuration = configuration;
        this.password = password;
        this.containers = containers;
        this.entropy = entropy;
    }

    @Override
    public boolean alreadyInitialised() {
        return configuration.exists();
    }

    @Override
    public boolean keyringHasPassword() {
        if (password.fromEnvironment().isPresent()) return false;
        try {
            return password.fromKeyring().isPresent();
        } catch (SecretStoreUnavailableException e) {
            return false;
        }
    }

    @Override
    public Result init(Request request) {
        boolean existed = configuration.exists();
        if (existed && request.existing() != ExistingConfig.OVERRIDE) {
            throw new FailureException(new ConfigFailure.AlreadyInitialised(configuration.root()));
        }
        PasswordSource source;
        String secret;
        Optional<String> env = password.fromEnvironment();
        if (env.isPresent()) {
            secret = env.get();
            source = PasswordSource.ENVIRONMENT;
        } else {
            Optional<String> stored = readKeyring();
            if (stored.isPresent() && request.passwordChoice() == PasswordChoice.UNDECIDED) {
                throw new FailureException(new ConfigFailure.KeyringHoldsPassword());
            }
            if (stored.isPresent() && request.passwordChoice() == PasswordChoice.REUSE) {
                secret = stored.get();
                source = PasswordSource.KEYRING_REUSED;
            } else {
                secret = generatePassword();
                storeKeyring(secret);
                source = PasswordSource.KEYRING_NEW;
            }
        }
        configuration.writeDefaults();
        Settings settings = configuration.load();
        containers.createEmpty(settings, secret);
        return new Result(settings.configRoot(), settings.configRoot().resolve("config.ini"),
                List.of(settings.keysContainer(), settings.cacheContainer(), settings.ecsContainer()), source, existed);
    }

    private Optional<String> readKeyring() {
        try {
            return password.fromKeyring();
        } catch (SecretStoreUnavailableException e) {
            throw new FailureException(new ConfigFailure.KeyringUnusable(e.getMessage()), e);
        }
    }

    private void storeKeyring(String secret) {
        try {
            password.storeInKeyring(secret);
        } catch (SecretStoreUnavailableException e) {
            throw new FailureException(new ConfigFailure.KeyringUnusable(e.getMessage()), e);
        }
    }

    private String generatePassword() {
        byte[] b = new byte[GENERATED_PASSWORD_BYTES];
        entropy.nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
