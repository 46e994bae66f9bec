package testenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A self-signed certificate for 127.0.0.1 in a PKCS12 key store, made with the JDK's keytool. */
public record Tls(Path keyStore, String password) {

    /** Generates a new key store in a temporary directory that is removed when the test JVM exits. */
    public static Tls generate() {
        try {
            Path dir = Files.createTempDirectory("ecs-test-tls");
            Path ks = dir.resolve("server.p12");
            dir.toFile().deleteOnExit();   // removed in the reverse order: the key store, then its directory
            ks.toFile().deleteOnExit();
            String password = UUID.randomUUID().toString();
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Processes.run(null, keytool, "-genkeypair", "-alias", "ecs", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-validity", "30", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                    "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", password);
            return new Tls(ks, password);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
