package testenv;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/** Points the server under test at the shared PostgreSQL, S3Proxy and certificate, HTTPS on a free port. */
public class EcsTestResource implements QuarkusTestResourceLifecycleManager {
    /** The HTTPS port of the server under test. */
    public static final int PORT = Processes.freePort();

    @Override
    public Map<String, String> start() {
        TestEnvironment env = TestEnvironment.get();
        Map<String, String> c = new HashMap<>();
        c.put("quarkus.datasource.jdbc.url", env.postgres().jdbcUrl("ecs_test"));
        c.put("quarkus.datasource.username", "postgres");
        c.put("quarkus.datasource.password", "");
        c.put("quarkus.s3.endpoint-override", env.s3().endpoint());
        c.put("quarkus.s3.aws.region", "us-east-1");
        c.put("quarkus.s3.aws.credentials.type", "static");
        c.put("quarkus.s3.aws.credentials.static-provider.access-key-id", env.s3().accessKey());
        c.put("quarkus.s3.aws.credentials.static-provider.secret-access-key", env.s3().secretKey());
        c.put("quarkus.s3.path-style-access", "true");
        c.put("ecs.internal-storage.bucket", TestEnvironment.INTERNAL_BUCKET);
        c.put("ecs.internal-storage.create-bucket", "true");
        c.put("ecs.master-key.value", env.masterKey());
        c.put("ecs.storage.allow-http-loopback", "true");
        c.put("ecs.witness.flush-interval", "200ms");
        c.put("quarkus.tls.key-store.p12.path", env.tls().keyStore().toString());
        c.put("quarkus.tls.key-store.p12.password", env.tls().password());
        c.put("quarkus.http.test-ssl-port", String.valueOf(PORT));
        c.put("quarkus.http.test-port", "0");
        return c;
    }

    @Override
    public void stop() {
        // The environment lives for the whole JVM (shared by every test class) and stops at its exit.
    }
}
