package adapters.out.ecs.http;

import adapters.out.ecs.http.HttpClients.EcsClient;
import application.port.out.ClaimRegistry;
import application.port.out.EcsException;
import application.port.out.EcsUnavailableException;
import domain.position.PositionRange;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Claims through {@code POST /v1/keys/{key}/iterations/{seq}/claims}. Each claim carries a fresh {@code Idempotency-Key};
 * when its outcome is unknown (the answer was lost, timed out, or the server answered 5xx) it is sent once more with the
 * same key after a short pause, and the server answers the range of the first request, so a lost answer neither wastes
 * nor double-books key space. No other request is repeated.
 */
final class HttpClaimRegistry implements ClaimRegistry {
    private static final Logger LOG = Logger.getLogger(HttpClaimRegistry.class.getName());
    /**
     * Pause before the one repetition: long enough for a restarting replica or a dropped connection to recover, short
     * enough not to delay the OFFLINE fallback noticeably.
     */
    static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    private final EcsClient client;

    HttpClaimRegistry(EcsClient client) {
        this.client = client;
    }

    @Override
    public PositionRange claim(UUID keyUuid, int seq, long size) {
        if (size < 1) throw new IllegalArgumentException("claim size must be at least 1");
        UUID idempotencyKey = UUID.randomUUID();
        EcsApi.ClaimRequest body = new EcsApi.ClaimRequest(size);
        EcsApi.Claim claim;
        try {
            claim = client.api().claim(keyUuid, seq, idempotencyKey, body);
        } catch (RuntimeException first) {
            if (!EcsApiFailures.outcomeUnknown(first)) throw client.failures().translate(first);
            LOG.fine(() -> "claim on key " + keyUuid + " seq " + seq + ": outcome unknown ("
                    + client.failures().translate(first).getMessage() + "); repeating it with the same idempotency key");
            pause();
            claim = client.failures().call(() -> client.api().claim(keyUuid, seq, idempotencyKey, body));
        }
        return range(claim, seq, size);
    }

    @Override
    public long latestClaimed(UUID keyUuid, int seq) {
        return client.failures().call(() -> client.api().iteration(keyUuid, seq)).latestClaimedGlobalPosition();
    }

    private PositionRange range(EcsApi.Claim c, int seq, long size) {
        if (c.seqNumber() != seq || c.endGlobalPosition() - c.startGlobalPosition() + 1 != size || c.startGlobalPosition() < 0) {
            throw new EcsException(client.failures().where() + " answered a claim of [" + c.startGlobalPosition() + ", "
                    + c.endGlobalPosition() + "] in iteration " + c.seqNumber() + " for " + size + " positions of iteration " + seq);
        }
        return new PositionRange(c.startGlobalPosition(), c.endGlobalPosition());
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EcsUnavailableException("interrupted while repeating a claim", e);
        }
    }
}
