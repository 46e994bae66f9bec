package adapters.out.ecs.http;

import static adapters.out.ecs.http.HttpEcsContractTest.entry;
import static adapters.out.ecs.http.HttpEcsFailuresTest.newKey;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.DeltaConflictException;
import application.port.out.DeltaRegistry;
import application.port.out.EcsException;
import application.port.out.EcsUnavailableException;
import domain.ecs.DeltaRecord;
import domain.ecs.RegisteredKey;
import domain.position.PositionRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import support.EcsServer;

/**
 * The Delta upload safeguards (reference create-key) and the download checks, against the real server and its S3Proxy;
 * {@link FaultProxy} plays a server whose answers were tampered with or lost.
 */
class HttpEcsDeltaTransferTest {
    private static final String UPLOAD_URL = "^POST /v1/deltas/upload_url ";
    private final EcsServer server = EcsServer.get();
    private FaultProxy proxy;
    private HttpEcs ecs;
    private RegisteredKey key;

    @BeforeEach
    void setUp() throws Exception {
        proxy = new FaultProxy(server);
        ecs = HttpEcs.of(entry(proxy.url(), server.apiKey("owner@example.test")));
        key = newKey();
        ecs.register(key, Optional.empty());
    }

    @AfterEach
    void tearDown() throws Exception {
        proxy.close();
    }

    private DeltaRecord delta(int seq) {
        long c = key.iterationCapacity();
        return new DeltaRecord(key.keyUuid(), UUID.randomUUID(), seq, new PositionRange(seq * c, (seq + 1) * c - 1));
    }

    private static byte[] payload(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    /** The Delta's object in the internal bucket (S3Proxy's filesystem store). */
    private Path object(DeltaRecord d) {
        return server.bucketDirectory(server.internalBucket()).resolve(d.keyUuid().toString()).resolve(d.deltaUuid().toString());
    }

    private long requests(String regex) {
        return proxy.seen().stream().filter(s -> s.requestLine().matches(regex + ".*")).count();
    }

    @Test
    void aPayloadOver10MiBOrEmptyIsRefusedBeforeAnyRequest() {
        int before = proxy.seen().size();
        assertThrows(IllegalArgumentException.class, () -> ecs.publish(delta(1), new byte[DeltaRegistry.MAX_PAYLOAD_BYTES + 1]));
        assertThrows(IllegalArgumentException.class, () -> ecs.publish(delta(1), new byte[0]));
        assertEquals(before, proxy.seen().size(), "no request was made");
    }

    @Test
    void aPayloadOfExactly10MiBTravels() {
        DeltaRecord d = delta(1);
        byte[] p = payload(DeltaRegistry.MAX_PAYLOAD_BYTES);
        ecs.publish(d, p);
        assertArrayEquals(p, ecs.download(key.keyUuid(), d.deltaUuid()));
    }

    @Test
    void aTamperedAnnouncedChecksumIsRefusedBeforeSending() {
        DeltaRecord d = delta(1);
        String otherMd5 = SignedTransfers.md5(new byte[] {42});
        proxy.onNext(UPLOAD_URL, new FaultProxy.Fault.Rewrite(body -> body.replaceFirst("\"content_md5\"\\s*:\\s*\"[^\"]*\"",
                "\"content_md5\":\"" + otherMd5 + "\"")));
        EcsException e = assertThrows(EcsException.class, () -> ecs.publish(d, payload(1000)));
        assertTrue(e.getMessage().contains("checksum") && e.getMessage().contains("nothing was sent"), e.getMessage());
        assertFalse(e instanceof EcsUnavailableException);
        assertFalse(Files.exists(object(d)), "nothing reached the storage");
        assertEquals(0, requests("^POST /v1/deltas/confirm_upload"));
        assertEquals(List.of(), ecs.list(key.keyUuid()));
    }

    @Test
    void aTamperedSignedSizeOrAttemptIsRefusedBeforeSending() {
        DeltaRecord d = delta(1);
        proxy.onNext(UPLOAD_URL, new FaultProxy.Fault.Rewrite(body -> body.replaceFirst("\"size\"\\s*:\\s*1000", "\"size\":1001")));
        EcsException size = assertThrows(EcsException.class, () -> ecs.publish(d, payload(1000)));
        assertTrue(size.getMessage().contains("size 1001 instead of 1000"), size.getMessage());
        proxy.onNext(UPLOAD_URL, new FaultProxy.Fault.Rewrite(body -> body.replaceFirst(
                "(\"x-amz-meta-upload-attempt\"\\s*:\\s*\")[0-9a-f-]+", "$1" + UUID.randomUUID())));
        EcsException attempt = assertThrows(EcsException.class, () -> ecs.publish(d, payload(1000)));
        assertTrue(attempt.getMessage().contains("signed upload attempt"), attempt.getMessage());
        assertFalse(Files.exists(object(d)));
        assertEquals(0, requests("^POST /v1/deltas/confirm_upload"));
        ecs.publish(d, payload(1000));
        assertEquals(List.of(d), ecs.list(key.keyUuid()), "an honest answer goes through");
    }

    @Test
    void anObjectStoredByALostAttemptIsConfirmedAfterThe412() throws Exception {
        DeltaRecord d = delta(1);
        byte[] p = payload(5000);
        proxy.onNext("^POST /v1/deltas/confirm_upload ", new FaultProxy.Fault.Answer(503,
                FaultProxy.problem(503, "storage_unavailable", "the storage does not answer"), 1));
        assertThrows(EcsUnavailableException.class, () -> ecs.publish(d, p));
        assertTrue(Files.exists(object(d)), "the first attempt stored the object");
        assertEquals(List.of(), ecs.list(key.keyUuid()), "but it was never confirmed");
        try (LogCapture logs = new LogCapture(Level.FINE, HttpDeltaRegistry.class.getName())) {
            ecs.publish(d, p);
            assertTrue(logs.lines().stream().anyMatch(l -> l.contains("412")), "the PUT met the stored object: " + logs.lines());
        }
        assertEquals(List.of(d), ecs.list(key.keyUuid()));
        assertArrayEquals(p, ecs.download(key.keyUuid(), d.deltaUuid()));
    }

    @Test
    void publishingTheSameDeltaAgainSucceedsAndAnotherPayloadConflicts() {
        DeltaRecord d = delta(1);
        byte[] p = payload(300);
        ecs.publish(d, p);
        ecs.publish(d, p);
        assertThrows(DeltaConflictException.class, () -> ecs.publish(d, payload(301)));
        assertEquals(List.of(d), ecs.list(key.keyUuid()));
    }

    @Test
    void aDownloadIsCheckedAgainstTheAnnouncedSizeAndChecksum() {
        DeltaRecord d = delta(1);
        ecs.publish(d, payload(2000));
        proxy.onNext("^POST /v1/deltas/download_url ", new FaultProxy.Fault.Rewrite(body -> body.replaceFirst(
                "\"content_md5\"\\s*:\\s*\"[^\"]*\"", "\"content_md5\":\"" + SignedTransfers.md5(new byte[] {1}) + "\"")));
        EcsException md5 = assertThrows(EcsException.class, () -> ecs.download(key.keyUuid(), d.deltaUuid()));
        assertTrue(md5.getMessage().contains("MD5"), md5.getMessage());
        proxy.onNext("^POST /v1/deltas/download_url ", new FaultProxy.Fault.Rewrite(body -> body.replaceFirst(
                "\"size\"\\s*:\\s*2000", "\"size\":1999")));
        EcsException size = assertThrows(EcsException.class, () -> ecs.download(key.keyUuid(), d.deltaUuid()));
        assertTrue(size.getMessage().contains("bytes"), size.getMessage());
        EcsException missing = assertThrows(EcsException.class, () -> ecs.download(key.keyUuid(), UUID.randomUUID()));
        assertFalse(missing instanceof EcsUnavailableException);
    }
}
