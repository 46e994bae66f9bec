package application.service.key;

import application.port.in.FastForwardClaimUseCase;
import application.port.in.failure.FailureException;
import application.port.in.failure.KeyFailure;
import application.port.out.ClaimCacheStore;
import application.port.out.Configuration;
import application.port.out.EcsSession;
import application.service.delta.DeltaSync;
import application.service.shared.EcsResolver;
import application.service.shared.LocalKeys;
import domain.claim.ClaimCacheEntry;
import domain.ecs.DeltaRecord;
import domain.key.KeyIteration;
import domain.position.PositionRange;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * fast-forward-claim: claims {@code claimSize} positions of the latest local Delta in the ECS without using
 * them, then raises the local high-water floor of that Delta's cache entry to match (reference).
 */
public final class FastForwardClaimService implements FastForwardClaimUseCase {
    private final Configuration configuration;
    private final LocalKeys keys;
    private final ClaimCacheStore cache;
    private final EcsResolver ecs;

    public FastForwardClaimService(Configuration configuration, LocalKeys keys, ClaimCacheStore cache, EcsResolver ecs) {
        this.configuration = configuration;
        this.keys = keys;
        this.cache = cache;
        this.ecs = ecs;
    }

    private record Context(KeyIteration delta, EcsSession session) { }

    /** The latest local Delta, after checking that the ECS has no newer one and no conflicting one. */
    private Context context(java.util.UUID keyUuid) {
        configuration.load();
        keys.requireAlpha(keyUuid);
        EcsSession session = ecs.connectFor(keyUuid);
        List<DeltaRecord> remote = session.deltas().list(keyUuid);
        DeltaSync.requireNoConflict(keyUuid, keys.iterations(keyUuid), remote, session.entry().uuid());
        Optional<DeltaRecord> newest = remote.stream().max(Comparator.comparingInt(DeltaRecord::seq));
        int localSeq = keys.latestDelta(keyUuid).map(KeyIteration::seq).orElse(0);
        if (newest.isPresent() && newest.get().seq() > localSeq) {
            throw new FailureException(new KeyFailure.EcsHasNewerDelta(keyUuid, newest.get().seq(), localSeq));
        }
        KeyIteration delta = keys.latestDelta(keyUuid)
                .orElseThrow(() -> new FailureException(new KeyFailure.NoDelta(keyUuid, false)));
        return new Context(delta, session);
    }

    @Override
    public State preview(Request request) {
        Context c = context(request.keyUuid());
        long latest = c.session().claims().latestClaimed(request.keyUuid(), c.delta().seq());
        long remaining = c.delta().lastPosition() - latest;
        return new State(request.keyUuid(), c.delta().iterationUuid(), c.delta().seq(), latest, latest + request.claimSize(),
                remaining, remaining - request.claimSize());
    }

    @Override
    public State fastForward(Request request) {
        Context c = context(request.keyUuid());
        KeyIteration d = c.delta();
        long before = c.session().claims().latestClaimed(request.keyUuid(), d.seq());
        long remaining = d.lastPosition() - before;
        if (request.claimSize() > remaining) {
            throw new FailureException(new KeyFailure.NotEnoughPositions(request.keyUuid(), d.seq(), remaining, request.claimSize()));
        }
        PositionRange range = c.session().claims().claim(request.keyUuid(), d.seq(), request.claimSize());
        cache.update(d.iterationUuid(), current -> new ClaimCacheStore.Update<>(Optional.of(current.orElseGet(() ->
                ClaimCacheEntry.fresh(request.keyUuid(), d.iterationUuid(), d.seq(), c.session().entry().uuid(), d.firstPosition()))
                .withFloor(range.end())), null));
        return new State(request.keyUuid(), d.iterationUuid(), d.seq(), before, range.end(), remaining, d.lastPosition() - range.end());
    }
}
