package adapters.out.digest;

import java.security.InvalidParameterException;
import java.security.MessageDigest;
import java.security.Provider;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A JCA provider with one service: MessageDigest "SHA-256" (aliases "SHA256" and its OID), served by
 * {@link OpenSslSha256}. Put first in the provider list, it answers every {@code MessageDigest.getInstance("SHA-256")}
 * of the process: the plaintext's hash of encrypt and decrypt, the containers' key checks, fingerprints, and the JDK's
 * own users of a SHA-256 digest (HMAC-SHA256, TLS handshake hashes, signatures), which clone it where they need to.
 * Every other type and algorithm (ciphers, MACs, key agreement, other digests, random numbers) is not served here and
 * falls through to the JDK's providers unchanged.
 *
 * <p>The service constructs the digest itself ({@link Provider.Service#newInstance} overridden), so the native image
 * needs no reflection configuration for it.
 */
public final class OpenSslSha256Provider extends Provider {
    /** The provider's name in {@link java.security.Security}'s list. */
    public static final String NAME = "OmegaSafeOpenSSL";

    /** SHA-256 from the libcrypto linked into the native executable; construct it only there. */
    public OpenSslSha256Provider() {
        this(OpenSslSha256::new);
    }

    /** The same provider over another digest implementation (tests on a JVM). */
    OpenSslSha256Provider(Supplier<? extends MessageDigest> digests) {
        super(NAME, "1.0", "SHA-256 from OpenSSL's libcrypto (SHA-NI or AVX2, chosen at run time)");
        // The JDK's names for the algorithm (sun.security.util.KnownOIDs.SHA_256): standard name, alias and OID.
        putService(new Sha256Service(this, digests, List.of("SHA256", "2.16.840.1.101.3.4.2.1", "OID.2.16.840.1.101.3.4.2.1")));
    }

    private static final class Sha256Service extends Provider.Service {
        private final Supplier<? extends MessageDigest> digests;

        Sha256Service(Provider provider, Supplier<? extends MessageDigest> digests, List<String> aliases) {
            super(provider, "MessageDigest", "SHA-256", OpenSslSha256.class.getName(), aliases, Map.of());
            this.digests = digests;
        }

        @Override
        public Object newInstance(Object constructorParameter) {
            if (constructorParameter != null) {
                throw new InvalidParameterException("MessageDigest SHA-256 takes no constructor parameter");
            }
            return digests.get();
        }
    }
}
