package application.service.delta;

import application.port.in.failure.DeltaFailure;
import application.port.in.failure.Failure;
import application.port.in.failure.FailureException;
import application.port.in.failure.KeyFailure;
import application.port.out.ClaimCacheStore;
import application.port.out.ClaimSettings;
import application.port.out.EcsEntry;
import application.port.out.EcsSession;
import application.port.out.EcsUnavailableException;
import application.port.out.Settings;
import application.service.claim.ClaimFlow;
import application.service.claim.ClaimStep;
import application.service.claim.ClaimTarget;
import application.service.shared.EcsResolver;
import application.service.shared.LocalKeys;
import domain.ecs.RegisteredKey;
import domain.key.KeyIteration;
import domain.position.PositionRange;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds positions for one encryption on the key's latest Delta: the claim flow with the reconciliation and
 * renewal around it (reference: encrypt behavior, D1, D2, D3, D6). In order:
 * <ol>
 * <li>the local step ({@link ClaimFlow#local}): a PERFORMANCE hit, or the OFFLINE cache under OFFLINE_MODE,
 *     serves without any ECS call (D3);</li>
 * <li>on the external path, reconciliation first, outside the cache lock: a same-sequence conflict stops (D2),
 *     missing Deltas are pulled and a newer one restarts the flow on it (D1); an unavailable ECS falls back to
 *     the OFFLINE cache (M5);</li>
 * <li>the external step ({@link ClaimFlow#external}): one ECS claim under the lock;</li>
 * <li>an exhausted iteration: pull again (another device may have renewed), else renew here; a renewal that
 *     loses the race for its sequence number is rolled back and reported (D6).</li>
 * </ol>
 * A key left without any Delta by an interrupted create-key is completed here: its registration is restored
 * when the ECS lacks it, and its first Delta pulled or created.
 */
public final class LatestDeltaPositions {
    /** Restarts allowed in one request (a newer Delta pulled, a renewal made): enough for any honest ECS. */
    static final int MAX_ROUNDS = 8;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(LatestDeltaPositions.class.getName());

    private final LocalKeys keys;
    private final EcsResolver ecs;
    private final ClaimCacheStore cache;
    private final DeltaSync sync;
    private final DeltaRenewal renewal;

    public LatestDeltaPositions(LocalKeys keys, EcsResolver ecs, ClaimCacheStore cache, DeltaSync sync, DeltaRenewal renewal) {
        this.keys = keys;
        this.ecs = ecs;
        this.cache = cache;
        this.sync = sync;
        this.renewal = renewal;
    }

    /** How a request ended. */
    public sealed interface Result {
        /** The positions for the request, in {@code delta}. */
        record Taken(KeyIteration delta, PositionRange range) implements Result { }

        /** No positions: why, as data. */
        record Refused(Failure failure) implements Result { }
    }

    /**
     * Reserves {@code size} contiguous positions of the key's latest Delta for one encryption.
     *
     * @throws FailureException when the key has no local Alpha or no ECS link
     * @throws application.port.out.EcsException for ECS failures that allow no fallback (authentication, M11)
     */
    public Result take(UUID keyUuid, long size, Settings settings) {
        KeyIteration alpha = keys.requireAlpha(keyUuid);
        EcsEntry entry = ecs.requireFor(keyUuid);
        Round round = new Round(alpha, entry, settings, new ClaimFlow(cache, ClaimSettings.from(settings)));
        for (int i = 0; i < MAX_ROUNDS; i++) {
            Optional<Result> r = round.next(size);
            if (r.isPresent()) return r.get();
        }
        throw new IllegalStateException("key " + keyUuid + ": no stable latest Delta after " + MAX_ROUNDS + " rounds");
    }

    /** The state of one request across its rounds. */
    private final class Round {
        private final KeyIteration alpha;
        private final EcsEntry entry;
        private final Settings settings;
        private final ClaimFlow flow;
        private EcsSession session;
        private boolean reconciled;

        Round(KeyIteration alpha, EcsEntry entry, Settings settings, ClaimFlow flow) {
            this.alpha = alpha;
            this.entry = entry;
            this.settings = settings;
            this.flow = flow;
        }

        /** One round: a result, or empty to go round again on a newer Delta. */
        Optional<Result> next(long size) {
            Optional<KeyIteration> latest = keys.latestDelta(alpha.keyUuid());
            if (latest.isEmpty()) return completeKey();
            KeyIteration delta = latest.get();
            ClaimTarget target = new ClaimTarget(delta.keyUuid(), delta.iterationUuid(), delta.seq(),
                    delta.shape().iterationCapacity(), entry.uuid());
            ClaimStep step = flow.local(target, size);
            if (!(step instanceof ClaimStep.NeedsEcs)) {
                // a local hit contacts no server, but a local ECS file that is gone or damaged is worth saying now
                ecs.localProblem(entry).ifPresent(problem -> LOG.warning(problem + "; this encryption used positions claimed "
                        + "before, but the ECS cannot serve new claims until it is fixed."));
                return Optional.of(end(delta, step));
            }
            if (!reconciled) {
                reconciled = true;
                try {
                    if (pullNewer(delta)) return Optional.empty();
                } catch (EcsUnavailableException e) {
                    return Optional.of(end(delta, flow.offline(target, size, e.getMessage())));
                } catch (FailureException e) {
                    return Optional.of(new Result.Refused(e.failure()));
                }
            }
            step = flow.external(target, size, session().claims());
            if (!(step instanceof ClaimStep.Exhausted)) return Optional.of(end(delta, step));
            try {
                if (pullNewer(delta)) return Optional.empty();
            } catch (FailureException e) {
                return Optional.of(new Result.Refused(e.failure()));
            }
            return switch (renewal.renew(session(), settings, alpha, delta)) {
                case DeltaRenewal.Result.Renewed r -> Optional.empty();
                case DeltaRenewal.Result.Conflicted c -> Optional.of(new Result.Refused(new DeltaFailure.RenewalConflict(alpha.keyUuid(), c.seq())));
            };
        }

        /** No Delta on this device: pull it, or finish what an interrupted create-key left (registration, first Delta). */
        private Optional<Result> completeKey() {
            if (settings.offlineMode()) return Optional.of(new Result.Refused(new KeyFailure.NoDelta(alpha.keyUuid(), true)));
            try {
                if (session().keys().find(alpha.keyUuid()).isEmpty()) {
                    session().keys().register(new RegisteredKey(alpha.keyUuid(), alpha.keyName(), alpha.shape(),
                            alpha.iterationUuid(), alpha.omegasafeVersion()), Optional.empty());
                }
                reconciled = true;
                if (!sync.pull(alpha.keyUuid(), session(), Integer.MAX_VALUE, settings.traditionalLayerPassword()).isEmpty()) {
                    return Optional.empty();
                }
            } catch (EcsUnavailableException e) {
                return Optional.of(new Result.Refused(new DeltaFailure.NotOnDeviceEcsUnavailable(alpha.keyUuid(), 1, e.getMessage())));
            } catch (FailureException e) {
                return Optional.of(new Result.Refused(e.failure()));
            }
            return switch (renewal.renew(session(), settings, alpha, alpha)) {
                case DeltaRenewal.Result.Renewed r -> Optional.empty();
                case DeltaRenewal.Result.Conflicted c -> Optional.empty();
            };
        }

        /** Pulls missing Deltas; true when one newer than {@code delta} arrived (the flow restarts on it). */
        private boolean pullNewer(KeyIteration delta) {
            var pulled = sync.pull(alpha.keyUuid(), session(), Integer.MAX_VALUE, settings.traditionalLayerPassword());
            return DeltaSync.newest(pulled).filter(d -> d.seq() > delta.seq()).isPresent()
                    || keys.latestDelta(alpha.keyUuid()).map(KeyIteration::seq).orElse(0) > delta.seq();
        }

        private EcsSession session() {
            if (session == null) session = ecs.connect(entry);
            return session;
        }

        private Result end(KeyIteration delta, ClaimStep step) {
            if (step instanceof ClaimStep.Served s && s.ecsUnavailable().isPresent()) {
                LOG.warning("ECS '" + entry.name() + "' is unavailable (" + s.ecsUnavailable().get()
                        + "); the positions came from the OFFLINE cache.");
            }
            try {
                return new Result.Taken(delta, step.orThrow());
            } catch (FailureException e) {
                return new Result.Refused(e.failure());
            }
        }
    }
}
