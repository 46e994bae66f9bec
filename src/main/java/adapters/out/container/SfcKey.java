package adapters.out.container;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The Argon2id master key of a secure container, with its salt and parameters. Writers reuse it to
 * rewrite a container under the same password without deriving again (each write still gets a fresh
 * stream nonce, hence a fresh payload key). Derived keys are cached per process, keyed by password,
 * salt and parameters; they are never logged.
 */
public final class SfcKey {
    /** Argon2id salt length in bytes. */
    public static final int SALT_SIZE = 16;
    /** Master key length: AES-256. */
    static final int KEY_SIZE = 32;
    /** HKDF info strings: domain separation between the payload key and the password check value. */
    static final byte[] PAYLOAD_INFO = "omegasafe sfc payload v1".getBytes(StandardCharsets.US_ASCII);
    static final byte[] CHECK_INFO = "omegasafe sfc key check v1".getBytes(StandardCharsets.US_ASCII);
    /** Length of the password check value in the header. */
    static final int CHECK_SIZE = 16;

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private final KdfParams params;
    private final byte[] salt;
    private final byte[] master;

    private SfcKey(KdfParams params, byte[] salt, byte[] master) {
        this.params = params;
        this.salt = salt;
        this.master = master;
    }

    /** Derives (or takes from the process cache) the key for {@code password} with this salt and cost. */
    public static SfcKey derive(String password, KdfParams params, byte[] salt) {
        params.validated();
        if (salt.length != SALT_SIZE) throw new IllegalArgumentException("salt must be 16 bytes");
        String cacheKey = cacheKey(password, params, salt);
        byte[] master = CACHE.computeIfAbsent(cacheKey, k -> argon2(password, params, salt));
        return new SfcKey(params, salt.clone(), master);
    }

    private static byte[] argon2(String password, KdfParams p, byte[] salt) {
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKib()).withIterations(p.iterations()).withParallelism(p.parallelism())
                .withSalt(salt).build());
        byte[] out = new byte[KEY_SIZE];
        gen.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    private static String cacheKey(String password, KdfParams p, byte[] salt) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(password.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(salt);
            return java.util.HexFormat.of().formatHex(md.digest()) + ":" + p;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public KdfParams params() { return params; }

    public byte[] salt() { return salt.clone(); }

    /** HKDF-SHA256(master, salt = stream nonce, info = "omegasafe sfc payload v1"), 32 bytes. */
    byte[] payloadKey(byte[] streamNonce) {
        return hkdf(streamNonce, PAYLOAD_INFO, KEY_SIZE);
    }

    /** HKDF-SHA256(master, salt = Argon2 salt, info = "omegasafe sfc key check v1"), 16 bytes. */
    byte[] checkValue() {
        return hkdf(salt, CHECK_INFO, CHECK_SIZE);
    }

    private byte[] hkdf(byte[] hkdfSalt, byte[] info, int length) {
        HKDFBytesGenerator gen = new HKDFBytesGenerator(new SHA256Digest());
        gen.init(new HKDFParameters(master, hkdfSalt, info));
        byte[] out = new byte[length];
        gen.generateBytes(out, 0, length);
        return out;
    }

    boolean matchesCheck(byte[] check) {
        return MessageDigest.isEqual(checkValue(), check);
    }

    @Override
    public String toString() {
        return "SfcKey[" + params + ", salt=" + Arrays.hashCode(salt) + "]";
    }
}
