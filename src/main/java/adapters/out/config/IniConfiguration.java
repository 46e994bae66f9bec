package adapters.out.config;

import application.port.out.ConfigFileException;
import application.port.out.Configuration;
import application.port.out.NotInitialisedException;
import application.port.out.Settings;
import domain.config.ConfigValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * {@link Configuration} over {@code <config root>/config.ini} with the environment overrides of the
 * reference: {@code OMEGASAFE_<PROPERTY>} beats {@code config.ini}, which beats the default; an invalid
 * environment value is ignored with a warning.
 */
public final class IniConfiguration implements Configuration {
    private static final Logger LOG = Logger.getLogger(IniConfiguration.class.getName());

    static final String STATIC = "Global settings - static";
    static final String DYNAMIC = "Global settings - dynamic";
    static final String KEYS = "OmegaSafe encryption keys";
    static final String FILES = "OmegaSafe encrypted files";
    /** Default PERFORMANCE chunk and OFFLINE target, decimal GB (reference default 10). */
    static final BigDecimal DEFAULT_CACHE_GB = BigDecimal.TEN;

    private final Path root;
    private final Function<String, String> env;

    public IniConfiguration(Path root, Function<String, String> env) {
        this.root = root;
        this.env = env;
    }

    public Path file() { return root.resolve("config.ini"); }

    @Override
    public Path root() { return root; }

    @Override
    public boolean exists() {
        return Files.isRegularFile(file());
    }

    @Override
    public synchronized void writeDefaults() {
        loaded = null;
        String text = "[" + STATIC + "]\n"
                + "KEYS_CONTAINER_PATH = " + root.resolve("omegasafe_keys.sfc") + "\n"
                + "LOCAL_CACHE_CONTAINER_PATH = " + root.resolve("local_cache.sfc") + "\n"
                + "ECS_CONTAINER_PATH = " + root.resolve("ecs_storage.sfc") + "\n"
                + "\n[" + DYNAMIC + "]\n"
                + "OFFLINE_MODE = FALSE\n"
                + "UPDATE_CHECK = TRUE\n"
                + "ECS_UUID_DEFAULT = \n"
                + "CACHE_OFFLINE_KEY_CAPACITY_GB = 10\n"
                + "CACHE_PERFORMANCE_KEY_CAPACITY_GB = 10\n"
                + "\n[" + KEYS + "]\n"
                + "\n[" + FILES + "]\n"
                + "TRADITIONAL_ENC_LAYER_PASS = \n";
        try {
            ConfigFiles.writeAtomically(file(), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file() + ": " + e.getMessage(), e);
        }
    }

    /** The settings of the last successful {@link #load()} (one resolution, one set of warnings, per command). */
    private Settings loaded;

    @Override
    public synchronized Settings load() {
        if (loaded == null) loaded = resolveSettings();
        return loaded;
    }

    private Settings resolveSettings() {
        if (!exists()) throw new NotInitialisedException(root);
        Map<String, Map<String, String>> ini;
        try {
            ini = IniFile.read(file());
        } catch (IOException e) {
            throw new ConfigFileException(ConfigFileException.Reason.UNREADABLE, file(), null, e.getMessage());
        }
        Map<String, String> st = ini.getOrDefault(STATIC, Map.of());
        Map<String, String> dy = ini.getOrDefault(DYNAMIC, Map.of());
        Map<String, String> fi = ini.getOrDefault(FILES, Map.of());
        Path keys = path(st, "KEYS_CONTAINER_PATH", "omegasafe_keys.sfc");
        Path cache = path(st, "LOCAL_CACHE_CONTAINER_PATH", "local_cache.sfc");
        Path ecs = path(st, "ECS_CONTAINER_PATH", "ecs_storage.sfc");
        boolean offline = resolve(dy, "OFFLINE_MODE", false, ConfigValues::parseBoolean);
        boolean update = resolve(dy, "UPDATE_CHECK", true, ConfigValues::parseBoolean);
        Optional<UUID> def = resolve(dy, "ECS_UUID_DEFAULT", Optional.empty(), ConfigValues::parseOptionalUuid);
        BigDecimal offGb = resolve(dy, "CACHE_OFFLINE_KEY_CAPACITY_GB", DEFAULT_CACHE_GB, ConfigValues::parseGb);
        BigDecimal perfGb = resolve(dy, "CACHE_PERFORMANCE_KEY_CAPACITY_GB", DEFAULT_CACHE_GB, ConfigValues::parseGb);
        Optional<String> trad;
        String envTrad = env.apply("OMEGASAFE_TRADITIONAL_ENC_LAYER_PASS");
        if (envTrad != null) {
            trad = envTrad.isEmpty() ? Optional.empty() : Optional.of(envTrad);
        } else {
            String v = fi.getOrDefault("TRADITIONAL_ENC_LAYER_PASS", "");
            trad = v.isEmpty() ? Optional.empty() : Optional.of(v);
        }
        if (!fi.getOrDefault("TRADITIONAL_ENC_LAYER_PASS", "").isEmpty() && exposed()) {
            throw new ConfigFileException(ConfigFileException.Reason.SECRET_EXPOSED, file(), "TRADITIONAL_ENC_LAYER_PASS",
                    "other accounts may read it");
        }
        return new Settings(root, keys, cache, ecs, offline, update, def, offGb, perfGb, trad);
    }

    /** True when config.ini may be read by other accounts (it then must not hold a secret). */
    private boolean exposed() {
        try {
            return adapters.out.fs.Permissions.groupOrWorldAccessible(file());
        } catch (IOException e) {
            return false;
        }
    }

    private Path path(Map<String, String> section, String key, String defaultName) {
        String v = section.get(key);
        if (v == null || v.isEmpty()) return root.resolve(defaultName);
        try {
            return Path.of(v);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigFileException(ConfigFileException.Reason.INVALID_SETTING, file(), key, "not a usable path: " + e.getReason());
        }
    }

    /**
     * The resolution chain of the reference, on SmallRye Config sources ordered by ordinal: environment
     * override (ordinal 300), then config.ini (200). An invalid environment value is skipped with a
     * warning; an invalid config.ini value is an error naming the property; no value gives the default.
     */
    private <T> T resolve(Map<String, String> section, String key, T fallback, Function<String, T> parse) {
        for (org.eclipse.microprofile.config.spi.ConfigSource source : sources(section).getConfigSources()) {
            String v = source.getValue(key);
            if (v == null) continue;
            try {
                return parse.apply(v);
            } catch (IllegalArgumentException e) {
                if (source.getOrdinal() == ENV_ORDINAL) {
                    LOG.warning("ignoring invalid OMEGASAFE_" + key + ": " + e.getMessage());
                    continue;
                }
                throw new ConfigFileException(ConfigFileException.Reason.INVALID_SETTING, file(), key, e.getMessage());
            }
        }
        return fallback;
    }

    /** Environment overrides beat config.ini (reference resolution order). */
    private static final int ENV_ORDINAL = 300;
    private static final int INI_ORDINAL = 200;

    private io.smallrye.config.SmallRyeConfig sources(Map<String, String> section) {
        Map<String, String> fromEnv = new java.util.HashMap<>();
        for (String k : DYNAMIC_KEYS) {
            String v = env.apply("OMEGASAFE_" + k);
            if (v != null) fromEnv.put(k, v);
        }
        return new io.smallrye.config.SmallRyeConfigBuilder()
                .withSources(new io.smallrye.config.PropertiesConfigSource(fromEnv, "environment", ENV_ORDINAL),
                        new io.smallrye.config.PropertiesConfigSource(section, "config.ini", INI_ORDINAL))
                .build();
    }

    private static final java.util.List<String> DYNAMIC_KEYS = java.util.List.of("OFFLINE_MODE", "UPDATE_CHECK",
            "ECS_UUID_DEFAULT", "CACHE_OFFLINE_KEY_CAPACITY_GB", "CACHE_PERFORMANCE_KEY_CAPACITY_GB");

    @Override
    public synchronized void set(Map<String, String> properties) {
        loaded = null;
        try (adapters.out.fs.FileLocks.Held lock = adapters.out.fs.FileLocks.lock(file())) {
            java.util.List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(file(), StandardCharsets.UTF_8));
            for (Map.Entry<String, String> e : properties.entrySet()) {
                String section = e.getKey().equals("TRADITIONAL_ENC_LAYER_PASS") ? FILES : DYNAMIC;
                IniEdit.set(lines, section, e.getKey(), e.getValue());
            }
            ConfigFiles.writeAtomically(file(), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigFileException(ConfigFileException.Reason.NOT_WRITABLE, file(), null, e.getMessage());
        }
    }

    @Override
    public Optional<String> overriddenBy(String property) {
        String name = "OMEGASAFE_" + property;
        return env.apply(name) == null ? Optional.empty() : Optional.of(name);
    }
}
