package adapters.config;

import adapters.out.config.EnvConfigPassword;
import adapters.out.config.IniConfiguration;
import adapters.out.ecs.EcsConnectors;
import adapters.out.file.EncryptedFileContainer;
import adapters.out.file.LocalPlainFiles;
import adapters.out.random.SecureEntropy;
import adapters.out.store.LocalContainerSet;
import adapters.out.store.SecureContainer;
import adapters.out.store.SfcClaimCacheStore;
import adapters.out.store.SfcEcsDirectory;
import adapters.out.store.SfcKeyStore;
import application.port.in.CreateKeyUseCase;
import application.port.in.CreateSfcEcsUseCase;
import application.port.in.DecryptFileUseCase;
import application.port.in.EncryptFileUseCase;
import application.port.in.InitUseCase;
import application.port.in.ListEcsUseCase;
import application.port.in.ListKeysUseCase;
import application.port.out.ClaimCacheStore;
import application.port.out.ClaimSettings;
import application.port.out.Entropy;
import application.port.out.SecretStore;
import application.port.out.Settings;
import application.service.claim.CachingPositionSource;
import application.service.claim.PositionSourceFactory;
import application.service.ecs.CreateSfcEcsService;
import application.service.ecs.EcsResolver;
import application.service.ecs.ListEcsService;
import application.service.file.DecryptFileService;
import application.service.file.EncryptFileService;
import application.service.file.FileEncryptor;
import application.service.init.InitService;
import application.service.key.CreateKeyService;
import application.service.key.KeyGeneration;
import application.service.key.ListKeysService;
import application.service.key.LocalKeys;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The services of one config root, built lazily with the adapters that serve their ports. Password and
 * settings are resolved on first use, so {@code init} can run before either exists.
 */
public final class Workspace {
    private final Path root;
    private final Function<String, String> env;
    private final String version;
    private final IniConfiguration configuration;
    private final EnvConfigPassword password;
    private final Entropy entropy = new SecureEntropy();
    private final Supplier<String> resolvedPassword;
    private Settings settings;

    Workspace(Path root, Function<String, String> env, SecretStore keyring, String version) {
        this.root = root;
        this.env = env;
        this.version = version;
        this.configuration = new IniConfiguration(root, env);
        this.password = new EnvConfigPassword(env, keyring);
        this.resolvedPassword = memoize(password::resolve);
    }

    public Path root() { return root; }

    private Settings settings() {
        if (settings == null) settings = configuration.load();
        return settings;
    }

    private SecureContainer container(Function<Settings, Path> which) {
        return new SecureContainer(which.apply(settings()), resolvedPassword);
    }

    private SfcKeyStore keyStore() { return new SfcKeyStore(container(Settings::keysContainer)); }

    private ClaimCacheStore cacheStore() { return new SfcClaimCacheStore(container(Settings::cacheContainer)); }

    private SfcEcsDirectory ecsDirectory() { return new SfcEcsDirectory(container(Settings::ecsContainer)); }

    private EcsConnectors connectors() { return new EcsConnectors(resolvedPassword); }

    private EcsResolver ecsResolver() { return new EcsResolver(ecsDirectory(), connectors()); }

    private PositionSourceFactory positionSources() {
        ClaimCacheStore cache = cacheStore();
        return (registry, s, guard) -> new CachingPositionSource(cache, registry, ClaimSettings.from(s), guard);
    }

    private FileEncryptor encryptor() { return new FileEncryptor(new EncryptedFileContainer(), entropy); }

    public InitUseCase init() {
        return new InitService(configuration, password, new LocalContainerSet(), entropy);
    }

    public CreateSfcEcsUseCase createSfcEcs() {
        return new CreateSfcEcsService(configuration, ecsDirectory(), connectors(), version);
    }

    public ListEcsUseCase listEcs() {
        return new ListEcsService(configuration, ecsDirectory());
    }

    public CreateKeyUseCase createKey() {
        return new CreateKeyService(configuration, keyStore(), cacheStore(), ecsResolver(), positionSources(), encryptor(),
                new KeyGeneration(entropy), version);
    }

    public ListKeysUseCase listKeys() {
        return new ListKeysService(keyStore(), cacheStore(), ecsResolver());
    }

    public application.port.in.ViewKeyUseCase viewKey() {
        return new application.service.key.ViewKeyService(new LocalKeys(keyStore()), cacheStore(), ecsResolver(),
                new ListKeysService(keyStore(), cacheStore(), ecsResolver()));
    }

    public application.port.in.SetConfigUseCase setConfig() {
        return new application.service.config.SetConfigService(configuration);
    }

    public application.port.in.EraseAllUseCase eraseAll() {
        return new application.service.config.EraseAllService(root, configuration, password,
                new adapters.out.file.LocalFileRemoval());
    }

    public EncryptFileUseCase encrypt() {
        return new EncryptFileService(configuration, new LocalKeys(keyStore()), cacheStore(), ecsResolver(),
                positionSources(), encryptor(), new LocalPlainFiles(), deltaSync(), renewal());
    }

    private application.service.key.DeltaRenewal renewal() {
        return new application.service.key.DeltaRenewal(keyStore(), cacheStore(), new KeyGeneration(entropy),
                new application.service.key.DeltaPublisher(positionSources(), encryptor())::publish);
    }

    public DecryptFileUseCase decrypt() {
        return new DecryptFileService(configuration, new LocalKeys(keyStore()), new EncryptedFileContainer(),
                new LocalPlainFiles(), cacheStore(), ecsResolver(), deltaSync());
    }

    private application.service.key.DeltaSync deltaSync() {
        return new application.service.key.DeltaSync(keyStore(), new EncryptedFileContainer());
    }

    public application.port.in.ImportKeyDeltaUseCase importKeyDelta() {
        return new application.service.key.ImportKeyDeltaService(configuration, keyStore(), cacheStore(),
                new EncryptedFileContainer());
    }

    public application.port.in.KeyMaintenanceUseCase keyMaintenance() {
        return new application.service.key.KeyMaintenanceService(configuration, keyStore(), cacheStore(), ecsResolver());
    }

    public application.port.in.KeyTransferUseCase keyTransfer() {
        return new application.service.key.KeyTransferService(configuration, keyStore(), cacheStore(), ecsResolver(),
                deltaSync(), new adapters.out.file.KeyExportFile(new adapters.out.file.RecipientKeys(
                new SecureContainer(root.resolve("recipient.sfc"), resolvedPassword))), positionSources());
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = s.get();
                return value;
            }
        };
    }
}
