package domain.key;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The binary form of a key iteration (Delta payloads and local key storage), big-endian:
 * <pre>
 * "OSKI"                magic
 * u8   1                layout version
 * 16   key UUID         (most significant 8 bytes, then least significant 8 bytes)
 * 16   iteration UUID
 * u32  seq
 * u32  nucleus maps N
 * u32  rotor maps R
 * u8   rotor count k
 * u16  name length, then the key name in UTF-8
 * u16  version length, then the OmegaSafe version string in UTF-8
 * N*256 bytes nucleus, then k times R*256 bytes rotors (each map a permutation of 0..255)
 * </pre>
 * Nothing may follow. Decoding validates every field: magic, layout version, N, R, k and seq at least
 * 1, 1, 1 and 0, strict UTF-8 text, the exact length, every map a permutation, and an iteration whose
 * positions fit in 64 bits (see {@link KeyIteration}); any failure is an
 * {@link IllegalArgumentException} naming what is wrong.
 */
public final class KeyIterationCodec {
    /** Identifies the layout ("OmegaSafe Key Iteration"). */
    private static final byte[] MAGIC = {'O', 'S', 'K', 'I'};
    /** Layout version; a reader refuses versions it does not know rather than guess. */
    private static final int VERSION = 1;
    /** Longest name or version string accepted (u16 length field). */
    private static final int MAX_TEXT = 0xFFFF;

    private KeyIterationCodec() { }

    /**
     * The binary form of {@code it}.
     *
     * @throws IllegalArgumentException when the key name or version string is longer than 65,535 bytes
     *                                  in UTF-8
     */
    public static byte[] encode(KeyIteration it) {
        byte[] name = utf8("key name", it.keyName());
        byte[] version = utf8("OmegaSafe version", it.omegasafeVersion());
        KeyShape s = it.shape();
        long maps = (long) s.nucleusMaps() + (long) s.rotorMaps() * s.rotorCount();
        long size = 4 + 1 + 16 + 16 + 4 + 4 + 4 + 1 + 2 + name.length + 2 + version.length + maps * MapChain.MAP_SIZE;
        ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(size));
        b.put(MAGIC).put((byte) VERSION);
        putUuid(b, it.keyUuid());
        putUuid(b, it.iterationUuid());
        b.putInt(it.seq()).putInt(s.nucleusMaps()).putInt(s.rotorMaps()).put((byte) s.rotorCount());
        b.putShort((short) name.length).put(name);
        b.putShort((short) version.length).put(version);
        b.put(it.nucleus().toBytes());
        for (MapChain r : it.rotors()) b.put(r.toBytes());
        return b.array();
    }

    /**
     * Parses and validates a binary key iteration.
     *
     * @throws IllegalArgumentException when {@code bytes} is not a complete, valid key iteration
     */
    public static KeyIteration decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            byte[] magic = new byte[4];
            b.get(magic);
            if (!Arrays.equals(magic, MAGIC)) throw new IllegalArgumentException("not an OmegaSafe key iteration");
            int version = b.get() & 0xFF;
            if (version != VERSION) throw new IllegalArgumentException("unsupported key iteration layout " + version);
            UUID key = getUuid(b);
            UUID iteration = getUuid(b);
            int seq = b.getInt();
            int n = b.getInt();
            int r = b.getInt();
            int k = b.get() & 0xFF;
            if (seq < 0 || n < 1 || r < 1 || k < 1) {
                throw new IllegalArgumentException("invalid key iteration header: seq " + seq + ", nucleus maps " + n
                        + ", rotor maps " + r + ", rotors " + k);
            }
            String name = text(b, "key name");
            String ver = text(b, "OmegaSafe version");
            KeyShape shape = new KeyShape(n, r, k);
            MapChain nucleus = chain(b, n, "nucleus");
            List<MapChain> rotors = new ArrayList<>();
            for (int i = 0; i < k; i++) rotors.add(chain(b, r, "rotor " + (i + 1)));
            if (b.hasRemaining()) throw new IllegalArgumentException("trailing bytes after the key iteration");
            return new KeyIteration(key, iteration, seq, name, ver, shape, nucleus, rotors);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("key iteration is truncated");
        }
    }

    private static MapChain chain(ByteBuffer b, int maps, String what) {
        long len = (long) maps * MapChain.MAP_SIZE;
        if (len > b.remaining()) throw new IllegalArgumentException("key iteration is truncated");
        byte[] t = new byte[(int) len];
        b.get(t);
        try {
            return MapChain.of(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " of the key iteration: " + e.getMessage());
        }
    }

    private static byte[] utf8(String what, String text) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        if (t.length > MAX_TEXT) {
            throw new IllegalArgumentException(what + " is " + t.length + " bytes in UTF-8; at most " + MAX_TEXT + " fit");
        }
        return t;
    }

    private static String text(ByteBuffer b, String what) {
        int len = b.getShort() & 0xFFFF;
        byte[] t = new byte[len];
        b.get(t);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(t)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(what + " in the key iteration is not valid UTF-8");
        }
    }

    private static void putUuid(ByteBuffer b, UUID u) {
        b.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
    }

    private static UUID getUuid(ByteBuffer b) {
        return new UUID(b.getLong(), b.getLong());
    }
}
