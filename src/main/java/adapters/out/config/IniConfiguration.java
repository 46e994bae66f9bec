package adapters.out.config;

import application.port.in.OmegaSafeException;
import application.port.out.Configuration;
import application.port.out.NotInitialisedException;
import application.port.out.Settings;
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
    /** Decimal GB range of the cache capacities (reference: 0..1000, fractions allowed). */
    static final BigDecimal MAX_CACHE_GB = BigDecimal.valueOf(1000);
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
    public boolean exists() {
        return Files.isRegularFile(file());
    }

    @Override
    public void writeDefaults() {
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

    @Override
    public Settings load() {
        if (!exists()) throw new NotInitialisedException(root);
        Map<String, Map<String, String>> ini;
        try {
            ini = IniFile.read(file());
        } catch (IOException e) {
            throw new OmegaSafeException("cannot read " + file() + ": " + e.getMessage(),
                    "fix the file or recreate it with 'omegasafe init --override-existing'");
        }
        Map<String, String> st = ini.getOrDefault(STATIC, Map.of());
        Map<String, String> dy = ini.getOrDefault(DYNAMIC, Map.of());
        Map<String, String> fi = ini.getOrDefault(FILES, Map.of());
        Path keys = path(st, "KEYS_CONTAINER_PATH", "omegasafe_keys.sfc");
        Path cache = path(st, "LOCAL_CACHE_CONTAINER_PATH", "local_cache.sfc");
        Path ecs = path(st, "ECS_CONTAINER_PATH", "ecs_storage.sfc");
        boolean offline = resolve(dy, "OFFLINE_MODE", false, IniConfiguration::parseBoolean);
        boolean update = resolve(dy, "UPDATE_CHECK", true, IniConfiguration::parseBoolean);
        Optional<UUID> def = resolve(dy, "ECS_UUID_DEFAULT", Optional.empty(), IniConfiguration::parseOptionalUuid);
        BigDecimal offGb = resolve(dy, "CACHE_OFFLINE_KEY_CAPACITY_GB", DEFAULT_CACHE_GB, IniConfiguration::parseGb);
        BigDecimal perfGb = resolve(dy, "CACHE_PERFORMANCE_KEY_CAPACITY_GB", DEFAULT_CACHE_GB, IniConfiguration::parseGb);
        Optional<String> trad;
        String envTrad = env.apply("OMEGASAFE_TRADITIONAL_ENC_LAYER_PASS");
        if (envTrad != null) {
            trad = envTrad.isEmpty() ? Optional.empty() : Optional.of(envTrad);
        } else {
            String v = fi.getOrDefault("TRADITIONAL_ENC_LAYER_PASS", "");
            trad = v.isEmpty() ? Optional.empty() : Optional.of(v);
        }
        return new Settings(root, keys, cache, ecs, offline, update, def, offGb, perfGb, trad);
    }

    private Path path(Map<String, String> section, String key, String defaultName) {
        String v = section.get(key);
        return v == null || v.isEmpty() ? root.resolve(defaultName) : Path.of(v);
    }

    private <T> T resolve(Map<String, String> section, String key, T fallback, Function<String, T> parse) {
        String fromEnv = env.apply("OMEGASAFE_" + key);
        if (fromEnv != null) {
            try {
                return parse.apply(fromEnv);
            } catch (IllegalArgumentException e) {
                LOG.warning("ignoring invalid OMEGASAFE_" + key + ": " + e.getMessage());
            }
        }
        String v = section.get(key);
        if (v == null) return fallback;
        try {
            return parse.apply(v);
        } catch (IllegalArgumentException e) {
            throw new OmegaSafeException("invalid " + key + " in " + file() + ": " + e.getMessage(),
                    "fix it with 'omegasafe set-config' or edit the file");
        }
    }

    /** Booleans of the reference: 1/true/yes/on and 0/false/no/off, any case. */
    public static boolean parseBoolean(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("'" + s + "' is not a boolean (use true/false, yes/no, on/off, 1/0)");
        };
    }

    static Optional<UUID> parseOptionalUuid(String s) {
        if (s.isBlank()) return Optional.empty();
        try {
            return Optional.of(UUID.fromString(s.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + s + "' is not a UUID");
        }
    }

    /** A decimal GB value in 0..1000 (fractions allowed). */
    public static BigDecimal parseGb(String s) {
        BigDecimal v;
        try {
            v = new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number");
        }
        if (v.signum() < 0 || v.compareTo(MAX_CACHE_GB) > 0) {
            throw new IllegalArgumentException("'" + s + "' is outside 0..1000");
        }
        return v;
    }
}
