package testenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * S3Proxy on the filesystem as a child process (never on the test class path: it carries its own AWS SDK,
 * Jackson and logback), on a free loopback port with one access key.
 */
public final class S3Proxy {
    /** Where maven-dependency-plugin copied the jar (surefire/failsafe pass it). */
    public static final Path JAR = Path.of(System.getProperty("omegasafe.test.s3proxy-jar", "target/s3proxy/s3proxy.jar"));
    private final Path dir;
    private final int port;
    private final String accessKey = "ecs-test";
    private final String secretKey = "s3-" + UUID.randomUUID();
    private Process process;

    private S3Proxy(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Starts a new S3Proxy over a new directory. */
    public static S3Proxy start() {
        try {
            Path dir = Files.createTempDirectory("ecs-test-s3");
            Files.createDirectories(dir.resolve("data"));
            S3Proxy s = new S3Proxy(dir, Processes.freePort());
            s.startProcess();
            return s;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the process (again) on the same directory and port. */
    public synchronized void startProcess() {
        try {
            Path props = dir.resolve("s3proxy.properties");
            Files.writeString(props, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + accessKey,
                    "s3proxy.credential=" + secretKey,
                    "jclouds.provider=filesystem-nio2",
                    "jclouds.filesystem.basedir=" + dir.resolve("data")) + "\n");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx256m", "-jar", JAR.toString(), "--properties", props.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
            Processes.awaitPort(port, Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the process (the data stays). */
    public synchronized void stopProcess() {
        if (process == null) return;
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Stops the process and deletes the data. */
    public void destroy() {
        stopProcess();
        Processes.run(null, "rm", "-rf", dir.toString());
    }

    /** A path-style S3 client of this S3Proxy (close it after use). */
    public software.amazon.awssdk.services.s3.S3Client client() {
        return software.amazon.awssdk.services.s3.S3Client.builder()
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .endpointOverride(java.net.URI.create(endpoint()))
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(accessKey, secretKey)))
                .forcePathStyle(true).build();
    }

    /** Creates a bucket when it does not exist. */
    public void ensureBucket(String bucket) {
        try (var c = client()) {
            try {
                c.headBucket(b -> b.bucket(bucket));
            } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
                c.createBucket(b -> b.bucket(bucket));
            }
        }
    }

    /** True when the object exists. */
    public boolean exists(String bucket, String key) {
        try (var c = client()) {
            c.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) return false;
            throw e;
        }
    }

    /** The endpoint URL. */
    public String endpoint() { return "http://127.0.0.1:" + port; }

    /** The port. */
    public int port() { return port; }

    /** The access key id. */
    public String accessKey() { return accessKey; }

    /** The secret access key. */
    public String secretKey() { return secretKey; }
}
