package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import support.EcsServer;

/**
 * The HTTP ECS commands as a user meets them on the real server: payloads with every field of the reference, the API
 * key verified before it is kept and never shown, an ECS connection carried to another device, storages and limits,
 * create-key's storage choice, delete-key removing the Delta files, and the statuses list-keys reports.
 */
class HttpCommandsIT {
    @TempDir
    Path tmp;

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void theApiKeyIsVerifiedBeforeItIsKeptAndNeverShown() throws Exception {
        EcsServer server = EcsServer.get();
        String user = unique("keys");
        String key = server.apiKey(user);
        Root a = Root.init(tmp, "a");
        Packaged.Run wrong = a.run("create-http-ecs", "-n", "server", "-u", server.url(), "-k", "osk_not-a-valid-key", "-v");
        assertEquals(1, wrong.process().exitValue(), wrong.all());
        assertTrue(wrong.stderr().contains("refused the API key"), wrong.stderr());
        assertEquals(0, a.json("list-ecs", "--json").get("entries").size(), "nothing kept");
        Packaged.Run noDevMode = a.run("create-http-ecs", "-n", "server", "-u", server.url(), "-k", key);
        assertEquals(1, noDevMode.process().exitValue(), noDevMode.all());
        assertTrue(noDevMode.stderr().contains("dev-mode"), "a self-signed certificate needs development mode: " + noDevMode.stderr());

        String ecs = a.httpEcs("server", server.url(), key);
        JsonNode entry = a.json("list-ecs", "--json").get("entries").get(0);
        assertEquals(server.url(), entry.get("url").asText());
        assertTrue(entry.get("development_mode").asBoolean());
        assertTrue(entry.get("path").isNull());
        Packaged.Run edited = a.run("edit-ecs", "-e", ecs, "-k", "osk_also-wrong", "-N", "-U");
        assertEquals(1, edited.process().exitValue(), edited.all());
        String second = server.newApiKey(user);
        a.ok("edit-ecs", "-e", ecs, "-k", second, "-n", "renamed", "-U");
        assertEquals("renamed", a.json("list-ecs", "--json").get("entries").get(0).get("ecs_name").asText());
        a.smallKey("after-edit");
        for (Path p : (Iterable<Path>) Files.walk(tmp)::iterator) {
            if (Files.isRegularFile(p) && (p.toString().endsWith(".out") || p.toString().endsWith(".err"))) {
                String text = Files.readString(p);
                assertFalse(text.contains(key.substring(8)) && !p.getFileName().toString().contains("create-http-ecs"),
                        "the API key never appears in output: " + p);
            }
        }
        assertFalse(a.ok("list-ecs", "--json").stdout().contains(second), "list-ecs never shows the API key");
    }

    @Test
    void anHttpEcsConnectionTravelsToAnotherDeviceUnderAPassphrase() throws Exception {
        EcsServer server = EcsServer.get();
        Root a = Root.init(tmp, "a");
        String ecs = a.httpEcs("server", server.url(), server.apiKey(unique("travel")));
        Path export = tmp.resolve("ecs.export");
        a.env.put("OMEGASAFE_EXPORT_PASSPHRASE", "a long export passphrase");
        a.ok("export-ecs", "-e", ecs, "-o", export.toString());
        assertFalse(new String(Files.readAllBytes(export)).contains("osk_"), "the API key is not in clear in the export");
        Root b = Root.init(tmp, "b");
        Packaged.Run noPassphrase = b.run("import-ecs", "-i", export.toString());
        assertEquals(1, noPassphrase.process().exitValue());
        b.env.put("OMEGASAFE_EXPORT_PASSPHRASE", "a long export passphrase");
        b.ok("import-ecs", "-i", export.toString());
        assertEquals(ecs, b.json("list-ecs", "--json").get("entries").get(0).get("ecs_uuid").asText());
        b.smallKey("made-on-b");
    }

    @Test
    void storagesLimitsAndTheStorageChoiceOfCreateKey() throws Exception {
        EcsServer server = EcsServer.get();
        Root a = Root.init(tmp, "a");
        String ecs = a.httpEcs("server", server.url(), server.apiKey(unique("storage")));
        JsonNode list = a.json("list-ecs-storages", "-e", ecs, "--json");
        assertEquals(1, list.get("schema_version").asInt());
        assertEquals("HTTP", list.get("ecs_type").asText());
        assertTrue(list.get("note").isNull(), list.toString());
        JsonNode internal = list.get("storages").get(0);
        assertTrue(internal.get("storage_is_internal").asBoolean());
        for (String f : new String[] {"storage_uuid", "storage_name", "storage_type_name", "storage_badge"}) assertTrue(internal.has(f), f);
        JsonNode view = a.json("view-ecs-storage", "-e", ecs, "-s", internal.get("storage_uuid").asText(), "--json").get("storage");
        for (String f : new String[] {"storage_uuid", "name", "provider", "bucket_name", "region", "endpoint_url", "storage_type_id",
                "storage_type_name", "remote_path", "is_internal"}) {
            assertTrue(view.has(f), f + " in " + view);
        }
        String key = a.smallKey("internal");
        JsonNode limits = a.json("key-storage-limits", "-k", key, "--json");
        assertEquals(key, limits.get("key_uuid").asText());
        assertEquals(1, limits.get("usage").get("uploads").get("daily").get("used").asInt(), limits.toString());
        assertEquals(2, limits.get("usage").get("uploads").get("daily").get("limit").asInt());
        assertTrue(limits.get("usage").get("downloads").has("monthly"));

        server.createBucket("second-storage");
        a.ok("create-ecs-storage", "-e", ecs, "-n", "second", "-p", "r2", "-b", "second-storage", "-r", "auto",
                "-u", server.s3Endpoint(), "-a", server.s3AccessKeyId(), "-k", server.s3SecretAccessKey());
        Packaged.Run choose = a.run("create-key", "-k", "which-storage", "-n", "0.25", "-r", "0.25", "-c", "2");
        assertEquals(2, choose.process().exitValue(), choose.all());
        assertTrue(choose.stderr().contains("offers 2 storages and none was chosen") && choose.stderr().contains("--storage-uuid"),
                choose.stderr());
        assertEquals(1, a.json("list-keys", "--json").get("keys").size(), "the refused create-key left no key");
        Packaged.Run badR2 = a.run("create-ecs-storage", "-e", ecs, "-n", "bad", "-p", "r2", "-b", "b", "-r", "eu-west-1",
                "-u", "https://x.example.com", "-a", "id", "-k", "secret");
        assertEquals(2, badR2.process().exitValue(), badR2.all());
        assertTrue(badR2.stderr().contains("region auto"), badR2.stderr());

        Path bucket = server.bucketDirectory(server.internalBucket());
        assertTrue(Files.isDirectory(bucket.resolve(key)), "the key's Delta lies in the internal bucket at {key_uuid}/{delta_uuid}");
        a.ok("delete-key", "-k", key, "-f");
        assertFalse(Files.exists(bucket.resolve(key)) && Files.list(bucket.resolve(key)).findAny().isPresent(),
                "delete-key removed the Delta files through the ECS");
    }

    @Test
    void aRevokedApiKeyIsAnAuthenticationErrorWhileLocalWorkGoesOn() throws Exception {
        EcsServer server = EcsServer.get();
        String user = unique("revoked");
        String apiKey = server.newApiKey(user);
        Root a = Root.init(tmp, "a");
        a.httpEcs("server", server.url(), apiKey);
        String key = a.smallKey("k");
        assertEquals("available", a.json("list-keys", "--json").get("keys").get(0).get("external_claims_storage_status").asText());
        Path in = Root.randomFile(tmp, "in.bin", 2_000);
        Path out = Files.createDirectory(tmp.resolve("out"));
        a.ok("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "before.os");

        String me = server.call("GET", "/v1/me", apiKey, null, 200);
        String apiKeyUuid = me.replaceAll("(?s).*\"api_key_uuid\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
        Process revoke = new ProcessBuilder("bash", OwnServer.launcher().toString(), "revoke-api-key", "--api-key-uuid", apiKeyUuid,
                "--data-dir", server.dataDir().toString()).redirectErrorStream(true).start();
        String revoked = new String(revoke.getInputStream().readAllBytes());
        assertEquals(0, revoke.waitFor(), revoked);

        Packaged.Run listed = a.ok("list-keys", "--json", "-l", "ERROR");
        JsonNode row = new com.fasterxml.jackson.databind.ObjectMapper().readTree(listed.stdout()).get("keys").get(0);
        assertEquals("authentication error", row.get("external_claims_storage_status").asText());
        assertTrue(row.get("key_name_ecs").isNull() && row.get("latest_delta_capacity_left").isNull(), row.toString());
        assertTrue(row.get("alpha_capacity_left").get("remaining_bytes").asLong() < row.get("alpha_capacity_left").get("total_bytes").asLong(),
                "unknown is not full: the Alpha positions this device claimed are known locally");
        a.ok("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "cache-hit.os");
        a.set("CACHE_PERFORMANCE_KEY_CAPACITY_GB", "0");
        Packaged.Run refused = a.run("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "needs-ecs.os");
        assertEquals(1, refused.process().exitValue(), "an authentication error allows no OFFLINE fallback (M11): " + refused.all());
        assertTrue(refused.stderr().contains("refused the API key") && refused.stderr().contains("edit-ecs"), refused.stderr());
    }
}
