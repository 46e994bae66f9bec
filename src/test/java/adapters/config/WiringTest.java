package adapters.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adapters.out.digest.OpenSslSha256Provider;
import io.quarkus.runtime.ImageMode;
import java.security.MessageDigest;
import java.security.Security;
import org.junit.jupiter.api.Test;

/** The process-wide choice of the wiring: OpenSSL's SHA-256 in the native executable only, installed once, first. */
class WiringTest {

    @Test
    void onTheJvmSha256StaysTheJdks() throws Exception {
        assertEquals(ImageMode.JVM, ImageMode.current());
        new Wiring().init();
        assertFalse(Wiring.useOpenSslSha256(ImageMode.current()));
        assertNull(Security.getProvider(OpenSslSha256Provider.NAME));
        assertEquals("SUN", MessageDigest.getInstance("SHA-256").getProvider().getName());
    }

    @Test
    void inTheNativeExecutableItGoesFirstOnce() {
        try {
            assertTrue(Wiring.useOpenSslSha256(ImageMode.NATIVE_RUN));
            assertEquals(OpenSslSha256Provider.NAME, Security.getProviders()[0].getName());
            assertFalse(Wiring.useOpenSslSha256(ImageMode.NATIVE_RUN), "a second workspace does not install it again");
            assertEquals(1, java.util.Arrays.stream(Security.getProviders())
                    .filter(p -> p.getName().equals(OpenSslSha256Provider.NAME)).count());
        } finally {
            Security.removeProvider(OpenSslSha256Provider.NAME);
        }
    }
}
