package adapters.out.ecs.http;

import adapters.out.ecs.http.HttpClients.EcsClient;
import application.port.out.ClaimRegistry;
import application.port.out.EcsException;
import application.port.out.EcsUnavailableException;
import domain.position.PositionRange;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Claims through {@code POST /v1/keys/{key}/iterations/{seq}/claims}. Each claim carries a fresh {@code Idempotency-Key};
 * when its outcome is unknown (the answer was lost, timed out, or the server answered 5xx) it is sent once more with the
 * same key after a short pause, and the server answers the range of the first request, so a lost answer neither wastes
 * nor double-books key space. No other request is repeated. Latest claimed positions come from the key's answer (the
 * Alpha) and its Delta list (each Delta), read once per session ({@link KeyViews}).
 */
final class HttpClaimRegistry implements ClaimRegistry {
    private static final Logger LOG = Logger.getLogger(HttpClaimRegistry.class.getName());
    /**
     * Pause before the one repetition: long enough for a restarting replica or a dropped connection to recover, short
     * enough not to delay the OFFLINE fallback noticeably.
     */
    static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    private final Supplier<EcsClient> clients;
    private final KeyViews views;

    HttpClaimRegistry(Supplier<EcsClient> clients, KeyViews views) {
        this.clients = clients;
        this.views = views;
    }

    @Override
    public PositionRange claim(UUID keyUuid, int seq, long size) {
        if (size < 1) throw new IllegalArgumentException("claim size must be at least 1");
        EcsClient c = clients.get();
        UUID idempotencyKey = UUID.randomUUID();
        EcsApi.ClaimRequest body = new EcsApi.ClaimRequest(size);
        EcsApi.Claim claim;
        try {
            claim = c.api().claim(keyUuid, seq, idempotencyKey, body);
        } catch (RuntimeException first) {
            if (!EcsApiFailures.outcomeUnknown(first)) throw c.failures().translate(first);
            LOG.fine(() -> "claim on key " + keyUuid + " seq " + seq + ": outcome unknown (" + c.failures().translate(first).getMessage()
                    + "); repeating it with the same idempotency key");
            pause();
            claim = c.failures().call(() -> c.api().claim(keyUuid, seq, idempotencyKey, body));
        } finally {
            views.changed(keyUuid);
        }
        return range(c, claim, seq, size);
    }

    @Override
    public long latestClaimed(UUID keyUuid, int seq) {
        EcsClient c = clients.get();
        if (seq == 0) {
            EcsApi.Key key = views.key(keyUuid).orElseThrow(() -> new EcsApiFailures.NotFound(c.failures().where()
                    + ": key " + keyUuid + " not found"));
            if (key.alphaLatestClaimedGlobalPosition() != null) return key.alphaLatestClaimedGlobalPosition();
        } else {
            for (EcsApi.Delta d : views.deltas(keyUuid)) if (d.seqNumber() == seq) return d.latestClaimedGlobalPosition();
        }
        return c.failures().call(() -> c.api().iteration(keyUuid, seq)).latestClaimedGlobalPosition();
    }

    private static PositionRange range(EcsClient c, EcsApi.Claim claim, int seq, long size) {
        long start = claim.startGlobalPosition();
        long end = claim.endGlobalPosition();
        if (claim.seqNumber() != seq || end - start + 1 != size || start < 0) {
            throw new EcsException(c.failures().where() + " answered a claim of [" + start + ", " + end + "] in iteration "
                    + claim.seqNumber() + " for " + size + " positions of iteration " + seq);
        }
        return new PositionRange(start, end);
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
