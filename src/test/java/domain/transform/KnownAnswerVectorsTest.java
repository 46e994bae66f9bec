package domain.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import domain.key.KeyIteration;
import domain.key.KeyShape;
import domain.key.MapChain;
import domain.key.SeededRandom;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Checks the transform against {@code src/test/resources/vectors/omega-kat-1.txt} (format in the README
 * beside it). Regenerate with {@code -Domegasafe.regenerateVectors=true} only on purpose: the file is the
 * contract other implementations check themselves against.
 */
class KnownAnswerVectorsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String RESOURCE = "/vectors/omega-kat-1.txt";

    @Test
    void vectorsDecryptAndEncryptAsRecorded() throws IOException {
        String text;
        if (Boolean.getBoolean("omegasafe.regenerateVectors")) {
            text = generate();
            Files.writeString(Path.of("src/test/resources/vectors/omega-kat-1.txt"), text);
        } else {
            try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        KeyShape shape = null;
        List<MapChain> chains = new ArrayList<>();
        int cases = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.trim().split("\\s+");
            switch (f[0]) {
                case "shape" -> shape = new KeyShape(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]));
                case "nucleus", "rotor" -> chains.add(MapChain.of(HEX.parseHex(f[f.length - 1])));
                case "case" -> {
                    int seq = Integer.parseInt(f[1]);
                    long position = Long.parseLong(f[2]);
                    byte[] plain = HEX.parseHex(f[3]);
                    byte[] expected = HEX.parseHex(f[4]);
                    KeyIteration it = new KeyIteration(new UUID(0, 1), new UUID(0, 2), seq, "kat", "1", shape,
                            chains.get(0), chains.subList(1, chains.size()));
                    byte[] buf = plain.clone();
                    new OmegaCipher(it).encrypt(position, buf, 0, buf.length);
                    assertArrayEquals(expected, buf, line);
                    assertArrayEquals(expected, NaiveCipher.encrypt(it, position, plain), line);
                    new OmegaCipher(it).decrypt(position, buf, 0, buf.length);
                    assertArrayEquals(plain, buf, line);
                    cases++;
                }
                default -> throw new IllegalStateException("unknown line: " + line);
            }
        }
        assertEquals(1 + 2, chains.size());
        assertTrue(cases >= 5, "vector file holds " + cases + " cases");
    }

    @Test
    void theCommittedFileIsWhatTheGeneratorWrites() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            assertEquals(generate(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "vectors and generator disagree: the file was edited or the reference transform changed");
        }
    }

    /** The generator of the committed vectors (seeded, deterministic). */
    static String generate() {
        SeededRandom r = new SeededRandom(20261122L);
        KeyShape shape = new KeyShape(3, 2, 2);
        MapChain nucleus = MapChain.generate(3, r);
        MapChain r1 = MapChain.generate(2, r);
        MapChain r2 = MapChain.generate(2, r);
        StringBuilder sb = new StringBuilder();
        sb.append("# OmegaSafe transform known-answer vectors, set 1 (see README.md in this folder)\n");
        sb.append("shape 3 2 2\n");
        sb.append("nucleus ").append(HEX.formatHex(nucleus.toBytes())).append('\n');
        sb.append("rotor 1 ").append(HEX.formatHex(r1.toBytes())).append('\n');
        sb.append("rotor 2 ").append(HEX.formatHex(r2.toBytes())).append('\n');
        KeyIteration alpha = new KeyIteration(new UUID(0, 1), new UUID(0, 2), 0, "kat", "1", shape, nucleus, List.of(r1, r2));
        long c = shape.iterationCapacity();
        long[][] cases = {{0, 0, 12}, {0, 5, 4}, {1, c, 12}, {2, 2 * c + 2, 7}, {2, 2 * c + 11, 1}, {3, 3 * c, 12}};
        for (long[] k : cases) {
            int seq = (int) k[0];
            KeyIteration it = new KeyIteration(alpha.keyUuid(), alpha.iterationUuid(), seq, "kat", "1", shape, nucleus,
                    List.of(r1, r2));
            byte[] plain = new byte[(int) k[2]];
            r.nextBytes(plain);
            byte[] enc = NaiveCipher.encrypt(it, k[1], plain);
            sb.append("case ").append(seq).append(' ').append(k[1]).append(' ').append(HEX.formatHex(plain)).append(' ')
                    .append(HEX.formatHex(enc)).append('\n');
        }
        return sb.toString();
    }
}
