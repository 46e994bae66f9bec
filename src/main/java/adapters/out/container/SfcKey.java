package adapters.out.container;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The Argon2id master key of a secure container, with its salt and cost parameters. Obtain it by
 * {@link #create} (new container: fresh salt) or from {@link SfcReader#key()} (existing container), and
 * hand it to {@link SfcWriter#secure} to rewrite a container under the same password without deriving
 * again: every write still draws a fresh stream nonce, hence a fresh payload key, so AES-GCM nonces never
 * repeat under one key.
 *
 * <p>Derivations are cached for the life of the process, keyed by a SHA-256 of (password, salt) and the
 * parameters: the same password with the same salt and costs gives the same key whatever the file, so a
 * container re-read or re-written by the same process costs one derivation. The cache holds key material
 * in memory only; neither it nor {@link #toString()} ever reveals it.
 */
public final class SfcKey {
    /** Argon2id salt length in bytes. */
    public static final int SALT_SIZE = 16;
    /** Master and payload key length: AES-256. */
    static final int KEY_SIZE = 32;
    /** HKDF info strings: domain separation between the payload key and the password check value. */
    static final byte[] PAYLOAD_INFO = "omegasafe sfc payload v1".getBytes(StandardCharsets.US_ASCII);
    static final byte[] CHECK_INFO = "omegasafe sfc key check v1".getBytes(StandardCharsets.US_ASCII);
    /** Length of the key check value in the header. */
    static final int CHECK_SIZE = 16;
    /** A bound on the cache, far above what one command uses (a handful of containers). */
    private static final int CACHE_LIMIT = 256;

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();
    /** The salt of the last key derived in this process for each (password, costs); see {@link #forNewContainer}. */
    private static final Map<String, byte[]> SALTS = new ConcurrentHashMap<>();

    private final KdfParams params;
    private final byte[] salt;
    private final byte[] master;

    private SfcKey(KdfParams params, byte[] salt, byte[] master) {
        this.params = params;
        this.salt = salt;
        this.master = master;
    }

    /** A key for a new container: a fresh salt from {@code random}, then Argon2id. */
    public static SfcKey create(String password, KdfParams params, SfcRandom random) {
        byte[] salt = new byte[SALT_SIZE];
        random.nextBytes(salt);
        return derive(password, params, salt);
    }

    /**
     * A key for a new container of a config root: the salt (hence the cached master key) of a key this
     * process already derived for the same password and costs, else a fresh salt. The containers of one
     * root then share one salt, so a command that opens all of them pays one Argon2id derivation instead
     * of one per container. This costs nothing in security: the salt only has to stop precomputation
     * across passwords, and containers under one password fall together whatever their salts; every
     * write still draws its own stream nonce and with it its own payload key.
     */
    public static SfcKey forNewContainer(String password, KdfParams params, SfcRandom random) {
        byte[] pw = password.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] salt = SALTS.get(passwordKey(pw, params));
            return salt != null ? derive(pw, params, salt) : create(password, params, random);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
    }

    /** Derives (or takes from the process cache) the key for {@code password} with this salt and cost. */
    public static SfcKey derive(String password, KdfParams params, byte[] salt) {
        byte[] pw = password.getBytes(StandardCharsets.UTF_8);
        try {
            return derive(pw, params, salt);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
    }

    /** As {@link #derive(String, KdfParams, byte[])}, from a char array (not modified). */
    public static SfcKey derive(char[] password, KdfParams params, byte[] salt) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] pw = new byte[encoded.remaining()];
        encoded.get(pw);
        if (encoded.hasArray()) Arrays.fill(encoded.array(), (byte) 0);
        try {
            return derive(pw, params, salt);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
    }

    private static SfcKey derive(byte[] passwordUtf8, KdfParams params, byte[] salt) {
        params.validated();
        if (salt.length != SALT_SIZE) throw new IllegalArgumentException("salt must be " + SALT_SIZE + " bytes");
        String cacheKey = cacheKey(passwordUtf8, params, salt);
        byte[] master = CACHE.get(cacheKey);
        if (master == null) {
            master = argon2(passwordUtf8, params, salt);
            if (CACHE.size() >= CACHE_LIMIT) CACHE.clear();
            CACHE.put(cacheKey, master);
        }
        if (SALTS.size() >= CACHE_LIMIT) SALTS.clear();
        SALTS.put(passwordKey(passwordUtf8, params), salt.clone());
        return new SfcKey(params, salt.clone(), master);
    }

    private static byte[] argon2(byte[] passwordUtf8, KdfParams p, byte[] salt) {
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKib()).withIterations(p.iterations()).withParallelism(p.parallelism())
                .withSalt(salt).build());
        byte[] out = new byte[KEY_SIZE];
        gen.generateBytes(passwordUtf8, out);
        return out;
    }

    private static String passwordKey(byte[] passwordUtf8, KdfParams p) {
        MessageDigest md = Sfc.sha256();
        md.update(ByteBuffer.allocate(4).putInt(passwordUtf8.length).array());
        md.update(passwordUtf8);
        return HexFormat.of().formatHex(md.digest()) + ":" + p;
    }

    private static String cacheKey(byte[] passwordUtf8, KdfParams p, byte[] salt) {
        MessageDigest md = Sfc.sha256();
        md.update(ByteBuffer.allocate(4).putInt(passwordUtf8.length).array());
        md.update(passwordUtf8);
        md.update(salt);
        return HexFormat.of().formatHex(md.digest()) + ":" + p;
    }

    public KdfParams params() { return params; }

    public byte[] salt() { return salt.clone(); }

    /** HKDF-SHA256(IKM = master, salt = stream nonce, info = "omegasafe sfc payload v1"), 32 bytes. */
    byte[] payloadKey(byte[] streamNonce) {
        return hkdf(streamNonce, PAYLOAD_INFO, KEY_SIZE);
    }

    /** HKDF-SHA256(IKM = master, salt = Argon2id salt, info = "omegasafe sfc key check v1"), 16 bytes. */
    byte[] checkValue() {
        return hkdf(salt, CHECK_INFO, CHECK_SIZE);
    }

    boolean matchesCheck(byte[] check) {
        return MessageDigest.isEqual(checkValue(), check);
    }

    private byte[] hkdf(byte[] hkdfSalt, byte[] info, int length) {
        HKDFBytesGenerator gen = new HKDFBytesGenerator(new SHA256Digest());
        gen.init(new HKDFParameters(master, hkdfSalt, info));
        byte[] out = new byte[length];
        gen.generateBytes(out, 0, length);
        return out;
    }

    /** Parameters only: never the key or the salt. */
    @Override
    public String toString() {
        return "SfcKey[" + params + "]";
    }
}
