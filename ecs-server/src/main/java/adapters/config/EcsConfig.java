package adapters.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The server's own settings (docs/SERVER.md lists each with its environment variable, e.g.
 * {@code ecs.limits.uploads-daily} = {@code ECS_LIMITS_UPLOADS_DAILY}).
 */
@ConfigMapping(prefix = "ecs")
public interface EcsConfig {
    /** True for the server; the operator's commands set false (no start-up check, no witness flushing). */
    @WithDefault("true")
    boolean serve();

    /** The host name in the {@code ready: https://HOST:PORT} line (the address clients use). */
    @WithDefault("127.0.0.1")
    String advertisedHost();

    /** The internal storage. */
    InternalStorage internalStorage();

    /** The master key that seals BYOS credentials. */
    MasterKey masterKey();

    /** Per-key limits on the internal storage. */
    LimitsConfig limits();

    /** BYOS settings. */
    StorageConfig storage();

    /** Presigned URLs. */
    UrlsConfig urls();

    /** The witness of claimed positions. */
    WitnessConfig witness();

    /** The CLI update check. */
    CliConfig cli();

    /** The internal storage's bucket (client settings are {@code quarkus.s3.*}). */
    interface InternalStorage {
        /** Bucket name. */
        String bucket();

        /** Create the bucket at start when it is missing (embedded default, tests). */
        @WithDefault("false")
        boolean createBucket();
    }

    /** 32 random bytes, Base64, given inline or as a file holding the Base64 text. */
    interface MasterKey {
        /** Base64 of the key. */
        Optional<String> value();

        /** A file (0600) holding the Base64 of the key. */
        Optional<String> file();
    }

    /** Limits per key (0 = no limit); defaults from the reference's key-storage-limits. */
    interface LimitsConfig {
        /** Delta uploads per UTC day. */
        @WithDefault("2")
        long uploadsDaily();

        /** Delta uploads per UTC month. */
        @WithDefault("5")
        long uploadsMonthly();

        /** Deltas stored. */
        @WithDefault("15")
        long uploadsStored();

        /** Downloads per UTC day. */
        @WithDefault("20")
        long downloadsDaily();

        /** Downloads per UTC month. */
        @WithDefault("200")
        long downloadsMonthly();
    }

    /** BYOS storage settings. */
    interface StorageConfig {
        /** Accept {@code http://} endpoints on loopback addresses (tests, embedded default). */
        @WithDefault("false")
        boolean allowHttpLoopback();

        /** Connect timeout of BYOS clients. */
        @WithDefault("3S")
        Duration connectTimeout();

        /** Read timeout of BYOS clients. */
        @WithDefault("15S")
        Duration socketTimeout();
    }

    /** Presigned URL settings. */
    interface UrlsConfig {
        /** How long a presigned URL works. */
        @WithDefault("15M")
        Duration validity();
    }

    /** Witness settings. */
    interface WitnessConfig {
        /** Object key prefix in the internal bucket. */
        @WithDefault("ecs-witness")
        String prefix();

        /** How often changed keys are written to the witness. */
        @WithDefault("1S")
        Duration flushInterval();

        /** How long the start-up check retries reading the witness before the start fails. */
        @WithDefault("60S")
        Duration startupTimeout();
    }

    /** CLI update check. */
    interface CliConfig {
        /** The latest CLI version announced by {@code GET /v1/cli/version}. */
        @WithDefault("0.1.0")
        String latestVersion();

        /** Where to download it (null when absent). */
        Optional<String> downloadUrl();
    }
}
