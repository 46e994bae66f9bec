package application.service.config;

import application.port.in.EraseAllUseCase;
import application.port.in.failure.ConfigFailure;
import application.port.in.failure.FailureException;
import application.port.out.ConfigPassword;
import application.port.out.Configuration;
import application.port.out.EcsDirectory;
import application.port.out.LocalFiles;
import application.port.out.SecretStoreUnavailableException;
import application.port.out.Settings;
import application.port.out.SfcEcsEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * erase-all: deletes only what OmegaSafe created for the root (reference: config, containers, also at custom
 * paths, SFC ECS files under the config directory) and the keyring entry; the directory goes only when it is
 * empty then, so files of others in it survive. A directory without any OmegaSafe configuration is refused.
 */
public final class EraseAllService implements EraseAllUseCase {
    /** The file names init creates in a root, and the ones later commands add there. */
    static final List<String> ROOT_FILES = List.of("config.ini", "omegasafe_keys.sfc", "local_cache.sfc", "ecs_storage.sfc",
            "recipient.sfc", "local_claims.sfc", "update_check");

    private final Path root;
    private final Configuration configuration;
    private final ConfigPassword password;
    private final LocalFiles files;
    private final Supplier<EcsDirectory> ecsEntries;

    public EraseAllService(Path root, Configuration configuration, ConfigPassword password, LocalFiles files,
                           Supplier<EcsDirectory> ecsEntries) {
        this.root = root.toAbsolutePath().normalize();
        this.configuration = configuration;
        this.password = password;
        this.files = files;
        this.ecsEntries = ecsEntries;
    }

    @Override
    public List<Path> targets() {
        List<Path> existing = new ArrayList<>(files().stream().filter(files::isOmegaSafeFile).toList());
        if (existing.stream().noneMatch(p -> p.startsWith(root) && ROOT_FILES.contains(p.getFileName().toString()))) {
            throw new FailureException(new ConfigFailure.NotAConfigRoot(root));
        }
        existing.add(root);
        return existing;
    }

    @Override
    public Result erase() {
        targets();
        List<Path> removed = new ArrayList<>();
        // every candidate, present or not: the lock and witness of a container moved away stay OmegaSafe's
        for (Path p : files()) removed.addAll(files.removeWithSidecars(p));
        boolean rootRemoved = files.removeIfEmpty(root);
        if (rootRemoved) removed.add(root);
        KeyringStatus status;
        try {
            status = password.deleteFromKeyring() ? KeyringStatus.REMOVED : KeyringStatus.NOT_FOUND;
        } catch (SecretStoreUnavailableException e) {
            status = KeyringStatus.UNAVAILABLE;
        }
        return new Result(removed, rootRemoved, status);
    }

    /** OmegaSafe's files of this root: the root's own names, configured containers, SFC ECS files under the root. */
    private List<Path> files() {
        Set<Path> all = new LinkedHashSet<>();
        for (String name : ROOT_FILES) all.add(root.resolve(name));
        try {
            Settings s = configuration.load();
            for (Path p : List.of(s.keysContainer(), s.cacheContainer(), s.ecsContainer())) all.add(p.toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            // no readable config.ini: the root's own names only
        }
        try {
            for (var entry : ecsEntries.get().list()) {
                if (entry instanceof SfcEcsEntry s && s.path().startsWith(root)) all.add(s.path());
            }
        } catch (RuntimeException e) {
            // the ECS container cannot be opened (no password): SFC ECS files under their default name only
        }
        return List.copyOf(all);
    }
}
