package adapters.out.ecs.http;

import static adapters.out.ecs.http.HttpEcsContractTest.entry;
import static adapters.out.ecs.http.HttpEcsFailuresTest.newKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.Credentials;
import application.port.out.EcsKeyInfo;
import application.port.out.EcsRejectedException;
import application.port.out.KeyEdit;
import application.port.out.StorageSpec;
import domain.ecs.DeltaRecord;
import domain.ecs.RegisteredKey;
import domain.position.PositionRange;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import support.EcsServer;

/** A key's ECS metadata (view-key's ecs_key_data) and its edit, through the adapter. */
class HttpEcsKeysTest {
    private final EcsServer server = EcsServer.get();
    private final HttpEcs ecs = HttpEcs.of(entry(server.url(), server.apiKey("owner@example.test")));

    @Test
    void describeReportsTheKeyAsTheServerSeesIt() {
        RegisteredKey k = newKey();
        ecs.register(k, Optional.empty());
        ecs.claim(k.keyUuid(), 0, 10);
        EcsKeyInfo info = ecs.describe(k.keyUuid()).orElseThrow();
        assertEquals(k.keyName(), info.keyName());
        assertEquals(k.omegasafeVersion(), info.omegasafeVersion());
        assertEquals(k.iterationCapacity(), info.alphaCapacity());
        assertEquals(9L, info.alphaLatestClaimed());
        assertEquals(Boolean.TRUE, info.storageIsInternal());
        assertNotNull(info.storageUuid());
        assertEquals(1, info.keyRoleId());
        assertEquals("Owner", info.keyRoleName());
        assertEquals("owner@example.test", info.billingUserEmail());
        assertEquals(Boolean.TRUE, info.isBillingUser());
        assertEquals(Boolean.FALSE, info.billingExpired());
        assertNull(info.billingExpTs(), "no billing expiry on a self-hosted server");
        assertEquals(Optional.empty(), ecs.describe(UUID.randomUUID()));
    }

    @Test
    void aCommandLookingAtAKeySeveralTimesMakesTwoRequestsAndSeesItsOwnChanges() throws Exception {
        RegisteredKey k = newKey();
        ecs.register(k, Optional.empty());
        long c = k.iterationCapacity();
        for (int seq = 1; seq <= 2; seq++) {
            ecs.publish(new DeltaRecord(k.keyUuid(), UUID.randomUUID(), seq, new PositionRange(seq * c, (seq + 1) * c - 1)), new byte[] {1});
        }
        try (FaultProxy proxy = new FaultProxy(server)) {
            HttpEcs session = HttpEcs.of(entry(proxy.url(), server.apiKey("owner@example.test")));
            // what list-keys and view-key ask: registration, pointers of the Alpha and of every Delta, the view-key data
            session.find(k.keyUuid());
            assertEquals(-1, session.latestClaimed(k.keyUuid(), 0));
            for (DeltaRecord d : session.list(k.keyUuid())) assertEquals(d.positions().start() - 1, session.latestClaimed(k.keyUuid(), d.seq()));
            session.describe(k.keyUuid());
            assertEquals(2, proxy.seen().size(), proxy.seen().toString());
            assertEquals(new PositionRange(2 * c, 2 * c + 4), session.claim(k.keyUuid(), 2, 5));
            assertEquals(2 * c + 4, session.latestClaimed(k.keyUuid(), 2), "the session sees its own claim");
            assertEquals(Optional.empty(), session.find(UUID.randomUUID()));
        }
    }

    @Test
    void aBasePathInTheUrlPrefixesEveryApiPath() throws Exception {
        try (FaultProxy proxy = new FaultProxy(server, "/omegasafe/api")) {
            assertTrue(proxy.url().endsWith("/omegasafe/api"));
            HttpEcs behind = HttpEcs.of(entry(proxy.url(), server.apiKey("owner@example.test")));
            RegisteredKey k = newKey();
            behind.register(k, Optional.empty());
            assertEquals(new PositionRange(0, 0), behind.claim(k.keyUuid(), 0, 1));
            assertTrue(proxy.seen().stream().allMatch(s -> s.requestLine().split(" ")[1].startsWith("/omegasafe/api/v1/")),
                    proxy.seen().toString());
        }
    }

    @Test
    void nameAndVersionChangeAndStorageMovesToByosButNeverBack() {
        RegisteredKey k = newKey();
        ecs.register(k, Optional.empty());
        UUID internal = ecs.describe(k.keyUuid()).orElseThrow().storageUuid();
        String message = ecs.edit(k.keyUuid(), new KeyEdit(Optional.of("renamed"), Optional.empty(), Optional.of("0.2.0")));
        assertNotNull(message);
        assertEquals(k.withName("renamed").withVersion("0.2.0"), ecs.find(k.keyUuid()).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> ecs.edit(k.keyUuid(), new KeyEdit(Optional.empty(), Optional.empty(),
                Optional.empty())));

        String bucket = "byos-" + UUID.randomUUID().toString().substring(0, 8);
        server.createBucket(bucket);
        UUID byos = ecs.storages().create(new StorageSpec("mine", "r2", bucket, "auto", server.s3Endpoint(), null,
                new Credentials(server.s3AccessKeyId(), server.s3SecretAccessKey()))).storage().storageUuid();
        ecs.edit(k.keyUuid(), new KeyEdit(Optional.empty(), Optional.of(byos), Optional.empty()));
        assertEquals(byos, ecs.describe(k.keyUuid()).orElseThrow().storageUuid());
        EcsRejectedException back = assertThrows(EcsRejectedException.class,
                () -> ecs.edit(k.keyUuid(), new KeyEdit(Optional.empty(), Optional.of(internal), Optional.empty())));
        assertEquals("storage_change_unsupported", back.code());
        assertTrue(ecs.delete(k.keyUuid()));
        ecs.storages().delete(byos);
    }
}
