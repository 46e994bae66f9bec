package domain.key;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Nothing may follow. Decoding validates every field.
 */
public final class KeyIterationCodec {
    /** Identifies the layout ("OmegaSafe Key Iteration"). */
    private static final byte[] MAGIC = {'O', 'S', 'K', 'I'};
    private static final int VERSION = 1;
    /** Longest name or version string accepted (u16 length field). */
    private static final int MAX_TEXT = 0xFFFF;

    private KeyIterationCodec() { }

    public static byte[] encode(KeyIteration it) {
        byte[] name = it.keyName().getBytes(StandardCharsets.UTF_8);
        byte[] version = it.omegasafeVersion().getBytes(StandardCharsets.UTF_8);
        if (name.length > MAX_TEXT || version.length > MAX_TEXT) throw new IllegalArgumentException("name too long");
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

    public static KeyIteration decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            byte[] magic = new byte[4];
            b.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) throw new IllegalArgumentException("not an OmegaSafe key iteration");
            int version = b.get() & 0xFF;
            if (version != VERSION) throw new IllegalArgumentException("unsupported key iteration layout " + version);
            UUID key = getUuid(b);
            UUID iteration = getUuid(b);
            int seq = b.getInt();
            int n = b.getInt();
            int r = b.getInt();
            int k = b.get() & 0xFF;
            if (seq < 0 || n < 1 || r < 1 || k < 1) throw new IllegalArgumentException("invalid key iteration header");
            String name = text(b);
            String ver = text(b);
            KeyShape shape = new KeyShape(n, r, k);
            MapChain nucleus = MapChain.of(chunk(b, n));
            List<MapChain> rotors = new ArrayList<>();
            for (int i = 0; i < k; i++) rotors.add(MapChain.of(chunk(b, r)));
            if (b.hasRemaining()) throw new IllegalArgumentException("trailing bytes after the key iteration");
            return new KeyIteration(key, iteration, seq, name, ver, shape, nucleus, rotors);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("key iteration is truncated");
        }
    }

    private static byte[] chunk(ByteBuffer b, int maps) {
        long len = (long) maps * MapChain.MAP_SIZE;
        if (len > b.remaining()) throw new IllegalArgumentException("key iteration is truncated");
        byte[] t = new byte[(int) len];
        b.get(t);
        return t;
    }

    private static String text(ByteBuffer b) {
        int len = b.getShort() & 0xFFFF;
        byte[] t = new byte[len];
        b.get(t);
        return new String(t, StandardCharsets.UTF_8);
    }

    private static void putUuid(ByteBuffer b, UUID u) {
        b.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
    }

    private static UUID getUuid(ByteBuffer b) {
        return new UUID(b.getLong(), b.getLong());
    }
}
