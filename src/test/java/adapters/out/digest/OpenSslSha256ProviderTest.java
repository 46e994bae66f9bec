package adapters.out.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.InvalidParameterException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.Signature;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The provider serves MessageDigest SHA-256 and nothing else; first in the list (as the native executable installs it),
 * the JDK's own users of SHA-256 (HMAC, signatures) get it, clone it and still compute the right values, and every
 * other algorithm comes from the JDK's providers as before. The digest is the real {@link OpenSslSha256} over the
 * system's libcrypto ({@link SharedLibCrypto}).
 */
class OpenSslSha256ProviderTest {
    private final AtomicInteger made = new AtomicInteger();

    private OpenSslSha256Provider provider() {
        LibCrypto lib = SharedLibCrypto.load().orElse(null);
        Assumptions.assumeTrue(lib != null, "no libcrypto.so.3 or .so.1.1 on this machine (apt-get install libssl-dev)");
        return new OpenSslSha256Provider(() -> {
            made.incrementAndGet();
            return new OpenSslSha256(lib);
        });
    }

    @Test
    void oneServiceMessageDigestSha256WithTheJdksAliases() throws Exception {
        OpenSslSha256Provider p = provider();
        assertEquals(1, p.getServices().size(), p.getServices().toString());
        Provider.Service s = p.getService("MessageDigest", "SHA-256");
        assertEquals("MessageDigest", s.getType());
        assertEquals("SHA-256", s.getAlgorithm());
        for (String alias : new String[] {"SHA256", "2.16.840.1.101.3.4.2.1", "OID.2.16.840.1.101.3.4.2.1"}) {
            assertSame(s, p.getService("MessageDigest", alias), alias);
        }
        assertNull(p.getService("MessageDigest", "SHA-512"));
        assertNull(p.getService("MessageDigest", "SHA-224"));
        assertNull(p.getService("Mac", "HmacSHA256"));
        assertNull(p.getService("Signature", "SHA256withECDSA"));
    }

    @Test
    void newInstanceConstructsAFreshDigestWithoutReflection() throws Exception {
        Provider.Service s = provider().getService("MessageDigest", "SHA-256");
        Object a = s.newInstance(null);
        Object b = s.newInstance(null);
        assertTrue(a instanceof OpenSslSha256, a.getClass().getName());
        assertNotSame(a, b);
        assertEquals(2, made.get());
        assertThrows(InvalidParameterException.class, () -> s.newInstance("parameter"));
    }

    @Test
    void firstInTheListItServesSha256AndTheJdkServesTheRest() throws Exception {
        OpenSslSha256Provider p = provider();
        Security.insertProviderAt(p, 1);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            assertSame(p, md.getProvider());
            assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                    HexFormat.of().formatHex(md.digest("abc".getBytes(StandardCharsets.US_ASCII))));
            assertSame(p, MessageDigest.getInstance("SHA256").getProvider());
            for (String other : new String[] {"SHA-512", "SHA-1", "SHA-224", "MD5", "SHA3-256"}) {
                assertEquals("SUN", MessageDigest.getInstance(other).getProvider().getName(), other);
            }
            assertEquals("SunJCE", Cipher.getInstance("AES/GCM/NoPadding").getProvider().getName());
            assertEquals("SunEC", KeyAgreement.getInstance("X25519").getProvider().getName());
            new SecureRandom().nextBytes(new byte[16]);

            // HMAC-SHA256 (SunJCE's HmacCore takes the preferred SHA-256 when it can clone it): RFC 4231, test case 2
            int before = made.get();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("Jefe".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] tag = mac.doFinal("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
            assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", HexFormat.of().formatHex(tag));
            assertTrue(made.get() > before, "HMAC used this provider's digest");
            Mac copy = (Mac) mac.clone();
            assertEquals(HexFormat.of().formatHex(mac.doFinal(new byte[3])), HexFormat.of().formatHex(copy.doFinal(new byte[3])));

            // a signature over SHA-256 signs and verifies
            KeyPair pair = KeyPairGenerator.getInstance("EC").generateKeyPair();
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(pair.getPrivate());
            signer.update(new byte[1000]);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(pair.getPublic());
            verifier.update(new byte[1000]);
            assertTrue(verifier.verify(signature));
        } finally {
            Security.removeProvider(OpenSslSha256Provider.NAME);
        }
        assertEquals("SUN", MessageDigest.getInstance("SHA-256").getProvider().getName());
    }
}
