package e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A user's own S3-compatible bucket for Bring Your Own Storage: an S3Proxy on the filesystem, independent of any ECS
 * server (the jar the server build copies to {@code ecs-server/target/s3proxy/s3proxy.jar}). Stopped by {@link #close()}.
 */
final class S3Bucket implements AutoCloseable {
    static final String IDENTITY = "byos-user";
    static final String CREDENTIAL = "byos-secret-0123456789";
    final String bucket;
    final int port;
    private final Process process;

    S3Bucket(Path dir, String bucket) throws Exception {
        this.bucket = bucket;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            this.port = s.getLocalPort();
        }
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(data.resolve(bucket));
        Path props = Files.writeString(dir.resolve("s3proxy.properties"), "s3proxy.endpoint=http://127.0.0.1:" + port + "\n"
                + "s3proxy.authorization=aws-v2-or-v4\n" + "s3proxy.identity=" + IDENTITY + "\n" + "s3proxy.credential=" + CREDENTIAL + "\n"
                + "jclouds.provider=filesystem-nio2\n" + "jclouds.filesystem.basedir=" + data + "\n");
        Path jar = OwnServer.launcher().getParent().getParent().resolve("ecs-server/target/s3proxy/s3proxy.jar");
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("no " + jar + ": build the server first (bin/ecs-server builds it)");
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-Xmx192m", "-jar", jar.toString(), "--properties", props.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException("S3Proxy did not start; see " + dir.resolve("s3proxy.log"));
    }

    String endpoint() { return "http://127.0.0.1:" + port; }

    /** SHA-256 of an empty body: curl's Signature V4 needs the payload hash as a header for S3. */
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /**
     * A GET of the bucket with curl signing AWS Signature V4 (any S3 client would do); returns the body. Query values
     * must be given percent-encoded as S3 canonicalises them ({@code /} as {@code %2F}).
     */
    byte[] curl(String pathAndQuery) throws Exception {
        Process p = new ProcessBuilder("curl", "-sS", "--fail", "--aws-sigv4", "aws:amz:us-east-1:s3", "--user", IDENTITY + ":" + CREDENTIAL,
                "-H", "x-amz-content-sha256: " + EMPTY_SHA256, endpoint() + "/" + bucket + pathAndQuery).start();
        byte[] body = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException("curl failed: " + err);
        return body;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
