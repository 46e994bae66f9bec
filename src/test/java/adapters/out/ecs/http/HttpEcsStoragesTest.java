package adapters.out.ecs.http;

import static adapters.out.ecs.http.HttpEcsContractTest.entry;
import static adapters.out.ecs.http.HttpEcsFailuresTest.newKey;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.Credentials;
import application.port.out.EcsRejectedException;
import application.port.out.Storage;
import application.port.out.StorageChange;
import application.port.out.StorageEdit;
import application.port.out.StorageLimits;
import application.port.out.StorageRegistry;
import application.port.out.StorageSpec;
import domain.ecs.DeltaRecord;
import domain.ecs.RegisteredKey;
import domain.position.PositionRange;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import support.EcsServer;

/** Storages (internal and BYOS on the test server's S3Proxy) and a key's limits, through the adapter. */
class HttpEcsStoragesTest {
    private final EcsServer server = EcsServer.get();
    private final HttpEcs ecs = HttpEcs.of(entry(server.url(), server.apiKey("owner@example.test")));
    private final StorageRegistry storages = ecs.storages();

    private StorageSpec byos(String bucket, String remotePath) {
        return new StorageSpec("byos " + bucket, "r2", bucket, "auto", server.s3Endpoint(), remotePath,
                new Credentials(server.s3AccessKeyId(), server.s3SecretAccessKey()));
    }

    private static String bucket() {
        return "byos-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theInternalStorageComesFirstAndCannotBeChanged() {
        Storage internal = storages.list().getFirst();
        assertTrue(internal.internal());
        assertEquals(1, internal.storageTypeId());
        assertNull(internal.provider());
        assertEquals(Optional.of(internal), storages.find(internal.storageUuid()));
        assertEquals(Optional.empty(), storages.find(UUID.randomUUID()));
        EcsRejectedException e = assertThrows(EcsRejectedException.class, () -> storages.delete(internal.storageUuid()));
        assertEquals("internal_storage_immutable", e.code());
        assertThrows(EcsRejectedException.class, () -> storages.edit(internal.storageUuid(), rename("x")));
    }

    private static StorageEdit rename(String name) {
        return new StorageEdit(Optional.of(name), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Test
    void aByosStorageIsVerifiedCreatedEditedUsedAndDeleted() throws Exception {
        String bucket = bucket();
        server.createBucket(bucket);
        StorageChange created = storages.create(byos(bucket, "backups/omegasafe"));
        Storage s = created.storage();
        assertFalse(s.internal());
        assertEquals("r2", s.provider());
        assertEquals(bucket, s.bucketName());
        assertEquals("backups/omegasafe", s.remotePath());
        assertNotNull(created.message());
        assertTrue(storages.list().contains(s));

        StorageChange edited = storages.edit(s.storageUuid(), new StorageEdit(Optional.of("renamed"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(""), Optional.empty()));
        assertEquals("renamed", edited.storage().name());
        assertNull(edited.storage().remotePath(), "an empty remote path clears it");
        assertThrows(IllegalArgumentException.class, () -> storages.edit(s.storageUuid(), new StorageEdit(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));

        RegisteredKey k = newKey();
        ecs.register(k, Optional.of(s.storageUuid()));
        assertEquals(s.storageUuid(), ecs.describe(k.keyUuid()).orElseThrow().storageUuid());
        assertFalse(ecs.describe(k.keyUuid()).orElseThrow().storageIsInternal());
        StorageLimits limits = storages.limits(k.keyUuid());
        assertNull(limits.usage(), "limits apply to the internal storage only");
        assertNotNull(limits.message());

        long c = k.iterationCapacity();
        DeltaRecord d = new DeltaRecord(k.keyUuid(), UUID.randomUUID(), 1, new PositionRange(c, 2 * c - 1));
        byte[] payload = "a BYOS Delta".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ecs.publish(d, payload);
        assertArrayEquals(payload, Files.readAllBytes(server.bucketDirectory(bucket).resolve(k.keyUuid() + "/" + d.deltaUuid())),
                "the object lies at {key_uuid}/{delta_uuid} in the user's bucket (recovery without the server)");
        assertArrayEquals(payload, ecs.download(k.keyUuid(), d.deltaUuid()));

        EcsRejectedException inUse = assertThrows(EcsRejectedException.class, () -> storages.delete(s.storageUuid()));
        assertEquals("storage_in_use", inUse.code());
        ecs.delete(k.keyUuid());
        assertNotNull(storages.delete(s.storageUuid()));
        assertEquals(Optional.empty(), storages.find(s.storageUuid()));
    }

    @Test
    void providerRulesAndFailedVerificationAreRefusalsWithTheirCodes() {
        String bucket = bucket();
        server.createBucket(bucket);
        StorageSpec s3WithEndpoint = new StorageSpec("bad", "s3", bucket, "eu-central-1", server.s3Endpoint(), null,
                new Credentials(server.s3AccessKeyId(), server.s3SecretAccessKey()));
        EcsRejectedException rules = assertThrows(EcsRejectedException.class, () -> storages.create(s3WithEndpoint));
        assertEquals("validation_failed", rules.code());
        assertTrue(rules.errors().stream().anyMatch(e -> e.startsWith("endpoint_url: ")), rules.errors().toString());

        StorageSpec wrongSecret = new StorageSpec("bad", "r2", bucket, "auto", server.s3Endpoint(), null,
                new Credentials(server.s3AccessKeyId(), "not-the-secret"));
        EcsRejectedException verification = assertThrows(EcsRejectedException.class, () -> storages.create(wrongSecret));
        assertEquals("storage_verification_failed", verification.code());
        assertFalse(verification.getMessage().contains("not-the-secret"));

        EcsRejectedException unknown = assertThrows(EcsRejectedException.class, () -> ecs.register(newKey(), Optional.of(UUID.randomUUID())));
        assertEquals("not_found", unknown.code());
    }

    @Test
    void anInternalKeysLimitsCountItsUploads() {
        RegisteredKey k = newKey();
        ecs.register(k, Optional.empty());
        long c = k.iterationCapacity();
        ecs.publish(new DeltaRecord(k.keyUuid(), UUID.randomUUID(), 1, new PositionRange(c, 2 * c - 1)), new byte[] {7});
        StorageLimits limits = storages.limits(k.keyUuid());
        assertEquals(List.of("daily", "monthly", "stored"), List.copyOf(limits.usage().uploads().keySet()));
        assertEquals(List.of("daily", "monthly"), List.copyOf(limits.usage().downloads().keySet()));
        StorageLimits.Metric daily = limits.usage().uploads().get("daily");
        assertEquals(1L, daily.used());
        assertEquals(2L, daily.limit());
        assertEquals(1L, daily.remaining());
        assertEquals(50L, daily.percentage());
        assertEquals(Boolean.TRUE, daily.hasLimit());
        assertEquals(1L, limits.usage().uploads().get("stored").used());
        assertEquals(0L, limits.usage().downloads().get("daily").used());
    }
}
