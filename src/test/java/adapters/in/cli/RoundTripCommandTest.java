package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job through the commands: init, SFC ECS, key, encrypt, decrypt; stdout, stderr, exit codes. */
@QuarkusMainTest
class RoundTripCommandTest {
    private static final Pattern ENCRYPTED = Pattern.compile("File encrypted successfully: (.+)");

    @TempDir
    Path tmp;

    @Test
    void encryptThenDecryptRestoresTheFileUnderItsOriginalName(QuarkusMainLauncher launcher) throws Exception {
        Omega omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        String key = omega.setUpKey();
        byte[] data = new byte[100_003];
        new Random(7).nextBytes(data);
        Path input = Files.write(tmp.resolve("report.bin"), data);
        Path out = Files.createDirectory(tmp.resolve("out"));
        Path back = Files.createDirectory(tmp.resolve("back"));

        LaunchResult enc = omega.ok("encrypt", "-i", input.toString(), "-k", key, "-o", out.toString());
        Matcher m = ENCRYPTED.matcher(enc.getOutput());
        assertTrue(m.find(), enc.getOutput());
        Path encrypted = Path.of(m.group(1).strip());
        assertTrue(encrypted.getFileName().toString().matches("[0-9a-f-]{36}\\.omegasafe"), encrypted.toString());
        assertEquals("", enc.getErrorOutput());
        assertFalse(java.util.Arrays.equals(data, java.util.Arrays.copyOfRange(Files.readAllBytes(encrypted), 0, 10)));

        LaunchResult dec = omega.ok("decrypt", "-i", encrypted.toString(), "-o", back.toString());
        assertTrue(dec.getOutput().contains("File decrypted successfully: " + back.resolve("report.bin")), dec.getOutput());
        assertArrayEquals(data, Files.readAllBytes(back.resolve("report.bin")));
    }

    @Test
    void fileNameOverridesNameBothOutputs(QuarkusMainLauncher launcher) throws Exception {
        Omega omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        String key = omega.setUpKey();
        Path input = Files.writeString(tmp.resolve("a.txt"), "hello");
        omega.ok("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", "custom.enc");
        omega.ok("decrypt", "-i", tmp.resolve("custom.enc").toString(), "-o", tmp.toString(), "-f", "b.txt");
        assertEquals("hello", Files.readString(tmp.resolve("b.txt")));
    }

    @Test
    void listEcsAndListKeysSpeakJson(QuarkusMainLauncher launcher) throws Exception {
        Omega omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        String key = omega.setUpKey();
        JsonNode ecs = Omega.json(omega.ok("list-ecs", "--json"));
        assertEquals(1, ecs.get("schema_version").asInt());
        assertEquals(1, ecs.get("entries").size());
        JsonNode e = ecs.get("entries").get(0);
        assertEquals("local", e.get("ecs_name").asText());
        assertEquals(omega.root.resolve("claims.sfc").toString(), e.get("path").asText());
        assertTrue(e.get("url").isNull());
        assertTrue(e.get("development_mode").isNull());
        assertFalse(ecs.get("default_ecs_missing").asBoolean());

        JsonNode k = Omega.json(omega.ok("list-keys", "--json")).get("keys").get(0);
        assertEquals(key, k.get("key_uuid").asText());
        assertEquals("k1", k.get("key_name_local").asText());
        assertEquals("k1", k.get("key_name_ecs").asText());
        assertEquals("available", k.get("external_claims_storage_status").asText());
        // SMALL: 976^3 positions per iteration (SPEC §2), 1,239 Deltas
        assertEquals(976L * 976 * 976, k.get("maximum_file_size_for_encryption").get("bytes").asLong());
        assertEquals(1239, k.get("minimum_number_of_deltas").asLong());
        assertEquals(1, k.get("latest_delta_sequence").asInt());
        assertEquals(976L * 976 * 976, k.get("latest_delta_capacity_left").get("remaining_bytes").asLong());
    }

    @Test
    void versionAndHelp(QuarkusMainLauncher launcher) {
        LaunchResult v = launcher.launch("--version");
        assertEquals(0, v.exitCode());
        assertTrue(v.getOutput().startsWith("omegasafe "), v.getOutput());
        LaunchResult h = launcher.launch("encrypt", "--help");
        assertEquals(0, h.exitCode());
        assertTrue(h.getOutput().contains("--input-file"), h.getOutput());
        assertTrue(h.getOutput().contains("--max-threads"), h.getOutput());
    }
}
