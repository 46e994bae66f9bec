package application.service;

import application.Caller;
import application.access.KeyAccess;
import application.access.KeyPermission;
import application.failure.CapacityExhausted;
import application.failure.IdempotencyKeyReused;
import application.failure.InvalidRequest;
import application.failure.IterationNotFound;
import application.failure.KeyFenced;
import application.failure.NotFound;
import application.model.KeyState;
import application.port.in.ClaimPositions;
import application.port.out.ChangedKeys;
import application.port.out.ClaimStore;
import application.port.out.FenceStore;
import application.port.out.KeyLedgerStore;
import domain.ecs.ClaimResult;
import domain.position.IterationPositions;
import domain.position.PositionRange;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims positions. The store decides in one statement (no read-then-write); the domain gives the bounds
 * ({@link IterationPositions}: iteration s owns {@code [s*C, (s+1)*C - 1]}) and, when nothing was claimed,
 * the reason ({@link domain.ecs.KeyLedger#claim}). An idempotency key makes a retry return the first range.
 */
public final class ClaimPositionsService implements ClaimPositions {
    private final KeyAccess access;
    private final KeyLedgerStore ledgers;
    private final ClaimStore claims;
    private final FenceStore fences;
    private final ChangedKeys changed;

    /** Wires the rule and the ports. */
    public ClaimPositionsService(KeyAccess access, KeyLedgerStore ledgers, ClaimStore claims, FenceStore fences,
                                 ChangedKeys changed) {
        this.access = Objects.requireNonNull(access, "access");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.fences = Objects.requireNonNull(fences, "fences");
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    @Override
    public Result claim(Caller caller, UUID keyUuid, int seq, long size, Optional<UUID> idempotencyKey) {
        access.require(caller, keyUuid, KeyPermission.CLAIM);
        if (idempotencyKey.isPresent()) {
            Optional<Result> replay = replay(keyUuid, seq, size, idempotencyKey.get());
            if (replay.isPresent()) return replay.get();
        }
        KeyState state = ledgers.load(keyUuid).orElseThrow(() -> new NotFound("key " + keyUuid + " not found"));
        long capacity = state.stored().registration().iterationCapacity();
        if (size < 1 || size > capacity) throw InvalidRequest.of("size", "must be 1.." + capacity + " (the iteration capacity)");
        if (seq < 0 || !IterationPositions.exists(capacity, seq)) throw new IterationNotFound(seq);
        PositionRange own = IterationPositions.of(capacity, seq);
        Optional<PositionRange> range;
        try {
            range = claims.claim(keyUuid, seq, size, own.end() - size, idempotencyKey.orElse(null), caller.apiKeyUuid());
        } catch (ClaimStore.IdempotencyKeyTaken e) {
            return replay(keyUuid, seq, size, idempotencyKey.orElseThrow())
                    .orElseThrow(() -> new IllegalStateException("idempotency key taken but no claim logged"));
        }
        if (range.isPresent()) {
            changed.mark(keyUuid);
            return new Result(seq, range.get(), false);
        }
        throw whyNothingWasClaimed(keyUuid, seq, size);
    }

    private Optional<Result> replay(UUID keyUuid, int seq, long size, UUID idempotencyKey) {
        return claims.byIdempotencyKey(idempotencyKey).map(logged -> {
            if (!logged.keyUuid().equals(keyUuid) || logged.seq() != seq || logged.range().size() != size) {
                throw new IdempotencyKeyReused();
            }
            return new Result(seq, logged.range(), true);
        });
    }

    private RuntimeException whyNothingWasClaimed(UUID keyUuid, int seq, long size) {
        if (fences.isFenced(keyUuid)) return new KeyFenced(keyUuid);
        KeyState now = ledgers.load(keyUuid).orElseThrow(() -> new NotFound("key " + keyUuid + " not found"));
        return switch (now.ledger().claim(seq, size)) {
            case ClaimResult.UnknownIteration u -> new IterationNotFound(u.seq());
            case ClaimResult.Exhausted x -> new CapacityExhausted(seq, size, x.remaining());
            // Pointers only grow, so a range the statement refused cannot have become free since.
            case ClaimResult.Claimed c -> new IllegalStateException("the claim statement refused a free range of key " + keyUuid);
        };
    }
}
