package testenv;

import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/**
 * One PostgreSQL, one S3Proxy and one certificate per test JVM, started in parallel on first use and stopped
 * when the JVM exits: every test class of a run shares them.
 */
public final class TestEnvironment {
    /** The internal bucket of the tests. */
    public static final String INTERNAL_BUCKET = "ecs-internal";
    /** A bucket that plays a user's BYOS bucket. */
    public static final String BYOS_BUCKET = "byos-bucket";
    private static TestEnvironment instance;

    private final Postgres postgres;
    private final S3Proxy s3;
    private final Tls tls;
    private final String masterKey;

    private TestEnvironment(Postgres postgres, S3Proxy s3, Tls tls) {
        this.postgres = postgres;
        this.s3 = s3;
        this.tls = tls;
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        this.masterKey = Base64.getEncoder().encodeToString(key);
    }

    /** The shared environment, started on first call. */
    public static synchronized TestEnvironment get() {
        if (instance == null) {
            CompletableFuture<Postgres> pg = CompletableFuture.supplyAsync(Postgres::start);
            CompletableFuture<S3Proxy> s3 = CompletableFuture.supplyAsync(S3Proxy::start);
            CompletableFuture<Tls> tls = CompletableFuture.supplyAsync(Tls::generate);
            TestEnvironment env = new TestEnvironment(pg.join(), s3.join(), tls.join());
            env.postgres.createDatabase("ecs_test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                env.s3.destroy();
                env.postgres.destroy();
            }, "test-environment-stop"));
            instance = env;
        }
        return instance;
    }

    /** The PostgreSQL server. */
    public Postgres postgres() { return postgres; }

    /** The S3Proxy. */
    public S3Proxy s3() { return s3; }

    /** The server certificate. */
    public Tls tls() { return tls; }

    /** The server master key (Base64). */
    public String masterKey() { return masterKey; }
}
