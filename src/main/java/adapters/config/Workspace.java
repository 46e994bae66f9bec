package adapters.config;

import adapters.out.config.EnvConfigPassword;
import adapters.out.config.EnvFailPoints;
import adapters.out.config.IniConfiguration;
import adapters.out.ecs.EcsConnectors;
import adapters.out.file.EncryptedFileContainer;
import adapters.out.file.KeyExportFile;
import adapters.out.file.LocalFileRemoval;
import adapters.out.file.LocalPlainFiles;
import adapters.out.export.RecipientKeys;
import adapters.out.random.SecureEntropy;
import adapters.out.store.LocalContainerSet;
import adapters.out.fs.SecureContainer;
import adapters.out.store.SfcClaimCacheStore;
import adapters.out.store.SfcEcsDirectory;
import adapters.out.store.SfcKeyStore;
import application.port.in.CreateEcsUseCase;
import application.port.in.CreateKeyUseCase;
import application.port.in.DecryptFileUseCase;
import application.port.in.DeleteKeyUseCase;
import application.port.in.EncryptFileUseCase;
import application.port.in.EraseAllUseCase;
import application.port.in.ExportKeyUseCase;
import application.port.in.FastForwardClaimUseCase;
import application.port.in.ImportKeyDeltaUseCase;
import application.port.in.ImportKeyUseCase;
import application.port.in.InitUseCase;
import application.port.in.ListEcsUseCase;
import application.port.in.ListKeysUseCase;
import application.port.in.PullMissingDeltasUseCase;
import application.port.in.RecipientKeyUseCase;
import application.port.in.SetConfigUseCase;
import application.port.in.ViewKeyUseCase;
import application.port.out.ClaimCacheStore;
import application.port.out.ClaimSettings;
import application.port.out.Entropy;
import application.port.out.FailPoints;
import application.port.out.SecretStore;
import application.port.out.Settings;
import application.service.claim.ClaimFlow;
import application.service.claim.PositionSource;
import application.service.config.EraseAllService;
import application.service.config.SetConfigService;
import application.service.delta.DeltaPublisher;
import application.service.delta.DeltaRenewal;
import application.service.delta.DeltaSync;
import application.service.delta.LatestDeltaPositions;
import application.service.ecs.CreateEcsService;
import application.service.ecs.ListEcsService;
import application.service.file.DecryptFileService;
import application.service.file.EncryptFileService;
import application.service.init.InitService;
import application.service.key.CreateKeyService;
import application.service.key.DeleteKeyService;
import application.service.key.ExportKeyService;
import application.service.key.FastForwardClaimService;
import application.service.key.ImportKeyDeltaService;
import application.service.key.ImportKeyService;
import application.service.key.ListKeysService;
import application.service.key.PullMissingDeltasService;
import application.service.key.RecipientKeyService;
import application.service.key.ViewKeyService;
import application.service.shared.EcsResolver;
import application.service.shared.KeyGeneration;
import application.service.shared.LocalKeys;
import application.service.stream.FileEncryptor;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The services of one config root, built lazily with the adapters that serve their ports: the one place that
 * knows which adapter serves which port. Password and settings are resolved on first use, so {@code init} can
 * run before either exists.
 */
public final class Workspace {
    private final Path root;
    private final String version;
    private final IniConfiguration configuration;
    private final EnvConfigPassword password;
    private final Entropy entropy = new SecureEntropy();
    private final Supplier<String> resolvedPassword;
    private final FailPoints failPoints;
    private Settings settings;

    Workspace(Path root, Function<String, String> env, SecretStore keyring, String version) {
        this.root = root;
        this.version = version;
        this.configuration = new IniConfiguration(root, env);
        this.password = new EnvConfigPassword(env, keyring);
        this.resolvedPassword = memoize(password::resolve);
        this.failPoints = new EnvFailPoints(env);
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

    private LocalKeys localKeys() { return new LocalKeys(keyStore()); }

    private ClaimCacheStore cacheStore() { return new SfcClaimCacheStore(container(Settings::cacheContainer)); }

    private SfcEcsDirectory ecsDirectory() { return new SfcEcsDirectory(container(Settings::ecsContainer)); }

    private EcsConnectors connectors() { return new EcsConnectors(resolvedPassword); }

    private EcsResolver ecsResolver() { return new EcsResolver(ecsDirectory(), connectors(), cacheStore()); }

    private FileEncryptor encryptor() { return new FileEncryptor(new EncryptedFileContainer(), entropy); }

    private DeltaSync deltaSync() { return new DeltaSync(localKeys(), new EncryptedFileContainer()); }

    /** Positions without reconciliation (Alpha positions for an encrypted Delta) under the effective settings. */
    private PositionSource alphaPositions() {
        return (target, size) -> new ClaimFlow(cacheStore(), ClaimSettings.from(settings()))
                .take(target, size, ecsResolver().connect(ecsResolver().require(target.ecsUuid())).claims()).orThrow();
    }

    private DeltaPublisher publisher() { return new DeltaPublisher(alphaPositions(), encryptor()); }

    private LatestDeltaPositions latestDeltaPositions() {
        DeltaRenewal renewal = new DeltaRenewal(keyStore(), cacheStore(), new KeyGeneration(entropy), publisher()::publish,
                failPoints);
        return new LatestDeltaPositions(localKeys(), ecsResolver(), cacheStore(), deltaSync(), renewal);
    }

    private KeyExportFile exports() {
        return new KeyExportFile(new RecipientKeys(new SecureContainer(root.resolve("recipient.sfc"), resolvedPassword)));
    }

    public InitUseCase init() { return new InitService(configuration, password, new LocalContainerSet(), entropy); }

    public SetConfigUseCase setConfig() { return new SetConfigService(configuration); }

    public EraseAllUseCase eraseAll() {
        return new EraseAllService(root, configuration, password, new LocalFileRemoval(), this::ecsDirectory);
    }

    public CreateEcsUseCase createEcs() { return new CreateEcsService(configuration, ecsDirectory(), connectors(), version); }

    public ListEcsUseCase listEcs() { return new ListEcsService(configuration, ecsDirectory()); }

    public CreateKeyUseCase createKey() {
        return new CreateKeyService(configuration, keyStore(), cacheStore(), ecsResolver(), publisher(), new KeyGeneration(entropy),
                version, failPoints);
    }

    public ListKeysUseCase listKeys() { return new ListKeysService(keyStore(), cacheStore(), ecsResolver()); }

    public ViewKeyUseCase viewKey() {
        return new ViewKeyService(localKeys(), cacheStore(), ecsResolver(), new ListKeysService(keyStore(), cacheStore(), ecsResolver()));
    }

    public EncryptFileUseCase encrypt() {
        return new EncryptFileService(configuration, localKeys(), latestDeltaPositions(), encryptor(), new LocalPlainFiles());
    }

    public DecryptFileUseCase decrypt() {
        return new DecryptFileService(configuration, localKeys(), new EncryptedFileContainer(), new LocalPlainFiles(), ecsResolver(),
                deltaSync());
    }

    public ImportKeyDeltaUseCase importKeyDelta() {
        return new ImportKeyDeltaService(configuration, localKeys(), ecsResolver(), new EncryptedFileContainer());
    }

    public FastForwardClaimUseCase fastForwardClaim() {
        return new FastForwardClaimService(configuration, localKeys(), cacheStore(), ecsResolver());
    }

    public DeleteKeyUseCase deleteKey() { return new DeleteKeyService(configuration, localKeys(), cacheStore(), ecsResolver()); }

    public ExportKeyUseCase exportKey() { return new ExportKeyService(configuration, localKeys(), exports()); }

    public RecipientKeyUseCase recipientKey() { return new RecipientKeyService(configuration, exports()); }

    public ImportKeyUseCase importKey() {
        return new ImportKeyService(configuration, localKeys(), cacheStore(), ecsResolver(), deltaSync(), latestDeltaPositions(),
                exports());
    }

    public application.port.in.EditEcsUseCase editEcs() {
        return new application.service.ecs.EditEcsService(configuration, ecsDirectory(), connectors(), ecsResolver());
    }

    public application.port.in.ExportEcsUseCase exportEcs() {
        return new application.service.ecs.ExportEcsService(configuration, ecsResolver(), ecsExports());
    }

    public application.port.in.ImportEcsUseCase importEcs() {
        return new application.service.ecs.ImportEcsService(configuration, ecsDirectory(), connectors(), ecsExports());
    }

    private adapters.out.store.EcsExportFile ecsExports() {
        return new adapters.out.store.EcsExportFile(new RecipientKeys(new SecureContainer(root.resolve("recipient.sfc"), resolvedPassword)));
    }

    public application.port.in.EcsStorageUseCases.ListStorages listEcsStorages() {
        return new application.service.ecs.EcsStorageServices.ListService(configuration, ecsResolver());
    }

    public application.port.in.EcsStorageUseCases.ViewStorage viewEcsStorage() {
        return new application.service.ecs.EcsStorageServices.ViewService(configuration, ecsResolver());
    }

    public application.port.in.EcsStorageUseCases.CreateStorage createEcsStorage() {
        return new application.service.ecs.EcsStorageServices.CreateService(configuration, ecsResolver());
    }

    public application.port.in.EcsStorageUseCases.EditStorage editEcsStorage() {
        return new application.service.ecs.EcsStorageServices.EditService(configuration, ecsResolver());
    }

    public application.port.in.EcsStorageUseCases.DeleteStorage deleteEcsStorage() {
        return new application.service.ecs.EcsStorageServices.DeleteService(configuration, ecsResolver());
    }

    public application.port.in.KeyStorageLimitsUseCase keyStorageLimits() {
        return new application.service.key.KeyStorageLimitsService(configuration, localKeys(), ecsResolver());
    }

    public application.port.in.EditKeyUseCase editKey() {
        return new application.service.key.EditKeyService(configuration, localKeys(), ecsResolver());
    }

    public application.port.in.UpdateCheckUseCase updateCheck() {
        return new application.service.config.UpdateCheckService(configuration, ecsDirectory(), new adapters.out.ecs.http.HttpUpdateCheck(),
                new adapters.out.config.FileUpdateCheckTimes(root), java.time.Instant::now, version);
    }

    public PullMissingDeltasUseCase pullMissingDeltas() {
        return new PullMissingDeltasService(configuration, localKeys(), ecsResolver(), deltaSync());
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
