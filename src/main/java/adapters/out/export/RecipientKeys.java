package adapters.out.export;

import adapters.out.fs.SecureContainer;
import application.port.out.ContainerAccessException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.XECPrivateKey;
import java.security.interfaces.XECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.KeyAgreement;

/**
 * The X25519 recipient key of a config root, kept in {@code recipient.sfc} under the configuration
 * password, so that another device can export an Alpha to this one. Public keys travel as text
 * {@code omegasafe-x25519:<base64 of the 32-byte u-coordinate, little-endian>}.
 */
public final class RecipientKeys {
    /** Text prefix of a recipient public key. */
    public static final String PREFIX = "omegasafe-x25519:";
    private static final UUID PRIVATE_ENTRY = UUID.fromString("6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d");
    /** X25519 keys are 32 bytes (RFC 7748). */
    public static final int KEY_SIZE = 32;

    private final SecureContainer container;

    public RecipientKeys(SecureContainer container) {
        this.container = container;
    }

    /** This root's public key text, creating the key pair on first use. */
    public String publicKeyText() throws GeneralSecurityException {
        return text(publicKeyBytes(privateScalar(true).orElseThrow()));
    }

    /** The private scalar, if this root has a recipient key. */
    public Optional<byte[]> privateScalar(boolean create) throws GeneralSecurityException {
        if (!java.nio.file.Files.exists(container.path())) {
            if (!create) return Optional.empty();
            KeyPair pair = KeyPairGenerator.getInstance("X25519").generateKeyPair();
            byte[] scalar = ((XECPrivateKey) pair.getPrivate()).getScalar().orElseThrow();
            Map<UUID, byte[]> e = new LinkedHashMap<>();
            e.put(PRIVATE_ENTRY, scalar);
            container.create(e);
            return Optional.of(scalar);
        }
        byte[] scalar = container.read().get(PRIVATE_ENTRY);
        if (scalar == null || scalar.length != KEY_SIZE) {
            // the file exists but is not this root's recipient key: replaced by another container, or damaged
            throw new ContainerAccessException(ContainerAccessException.Reason.DAMAGED, container.path(), container.path()
                    + " holds no recipient key (was another container copied over it?)", null);
        }
        return Optional.of(scalar);
    }

    static String text(byte[] publicKey) {
        return PREFIX + Base64.getEncoder().encodeToString(publicKey);
    }

    /** Parses a public key text; IllegalArgumentException with a clear message otherwise. */
    public static byte[] parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) throw new IllegalArgumentException("a recipient key starts with " + PREFIX);
        byte[] b;
        try {
            b = Base64.getDecoder().decode(text.substring(PREFIX.length()).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the recipient key is not valid base64");
        }
        if (b.length != KEY_SIZE) throw new IllegalArgumentException("a recipient key holds 32 bytes, got " + b.length);
        return b;
    }

    /** A short fingerprint of a public key (first 8 bytes of its SHA-256) for out-of-band comparison. */
    public static String fingerprint(byte[] publicKey) throws GeneralSecurityException {
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey), 0, 8);
        return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16);
    }

    public static byte[] publicKeyBytes(byte[] scalar) throws GeneralSecurityException {
        KeyFactory f = KeyFactory.getInstance("X25519");
        PrivateKey priv = f.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar));
        // derive the public key by agreement with the base point u = 9
        byte[] base = new byte[KEY_SIZE];
        base[0] = 9;
        return agree(priv, base);
    }

    public static byte[] agree(byte[] scalar, byte[] peerPublic) throws GeneralSecurityException {
        KeyFactory f = KeyFactory.getInstance("X25519");
        return agree(f.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar)), peerPublic);
    }

    static byte[] agree(PrivateKey priv, byte[] peerPublic) throws GeneralSecurityException {
        KeyFactory f = KeyFactory.getInstance("X25519");
        byte[] be = peerPublic.clone();
        for (int i = 0; i < be.length / 2; i++) {
            byte t = be[i];
            be[i] = be[be.length - 1 - i];
            be[be.length - 1 - i] = t;
        }
        PublicKey pub = f.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, new BigInteger(1, be)));
        KeyAgreement ka = KeyAgreement.getInstance("X25519");
        ka.init(priv);
        ka.doPhase(pub, true);
        return ka.generateSecret();
    }

    /** A fresh ephemeral pair: {scalar, public}. */
    public static byte[][] ephemeral() throws GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("X25519").generateKeyPair();
        byte[] scalar = ((XECPrivateKey) pair.getPrivate()).getScalar().orElseThrow();
        byte[] u = ((XECPublicKey) pair.getPublic()).getU().toByteArray();
        byte[] le = new byte[KEY_SIZE];
        for (int i = 0; i < KEY_SIZE && i < u.length; i++) le[i] = u[u.length - 1 - i];
        return new byte[][] {scalar, le};
    }
}
