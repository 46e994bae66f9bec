package application.fakes;

import application.port.out.CapacityExhaustedException;
import application.port.out.ClaimRegistry;
import application.port.out.EcsAuthenticationException;
import application.port.out.EcsException;
import application.port.out.EcsUnavailableException;
import domain.position.PositionRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * An in-memory ECS claim role: contiguous ranges per (key, seq) inside {@code [seq*C, (seq+1)*C - 1]},
 * every claim call recorded, failures and bogus ranges on demand. Thread-safe.
 */
public final class RecordingClaimRegistry implements ClaimRegistry {
    /** One recorded claim call. */
    public record Call(UUID keyUuid, int seq, long size) { }

    private final long capacity;
    private final Map<String, Long> latest = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private Supplier<RuntimeException> failure;
    private PositionRange bogus;

    /** Iterations of {@code capacity} positions. */
    public RecordingClaimRegistry(long capacity) {
        this.capacity = capacity;
    }

    /** Every following call throws what {@code f} supplies (null: succeed again). */
    public synchronized RecordingClaimRegistry failWith(Supplier<RuntimeException> f) {
        this.failure = f;
        return this;
    }

    /** Every following call fails as unreachable (connection failure, timeout, 429, 5xx). */
    public RecordingClaimRegistry unavailable(String why) {
        return failWith(() -> new EcsUnavailableException(why));
    }

    /** Every following call fails with HTTP 401/403. */
    public RecordingClaimRegistry unauthenticated() {
        return failWith(() -> new EcsAuthenticationException("HTTP 401"));
    }

    /** Every following claim fails as if only {@code remaining} positions were left. */
    public RecordingClaimRegistry exhausted(long remaining) {
        return failWith(() -> new CapacityExhaustedException("iteration full", remaining));
    }

    /** Every following call fails with an error that is neither unavailable nor authentication. */
    public RecordingClaimRegistry failsGenerically(String why) {
        return failWith(() -> new EcsException(why));
    }

    /** The next claim returns {@code range} instead of a fresh one (a misbehaving ECS). */
    public synchronized RecordingClaimRegistry returnOnce(PositionRange range) {
        this.bogus = range;
        return this;
    }

    /** Marks positions up to {@code position} of (key, seq) as already claimed. */
    public synchronized void advance(UUID key, int seq, long position) {
        latest.put(key + "/" + seq, position);
    }

    /** Every claim call so far, in order. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The sizes of every claim call so far, in order. */
    public List<Long> callSizes() {
        return calls().stream().map(Call::size).toList();
    }

    @Override
    public synchronized PositionRange claim(UUID keyUuid, int seq, long size) {
        calls.add(new Call(keyUuid, seq, size));
        if (failure != null) throw failure.get();
        if (bogus != null) {
            PositionRange r = bogus;
            bogus = null;
            return r;
        }
        long last = (seq + 1) * capacity - 1;
        long current = latestClaimed(keyUuid, seq);
        if (size > last - current) throw new CapacityExhaustedException("iteration full", last - current);
        PositionRange r = PositionRange.ofSize(current + 1, size);
        latest.put(keyUuid + "/" + seq, r.end());
        return r;
    }

    @Override
    public synchronized long latestClaimed(UUID keyUuid, int seq) {
        if (failure != null && failure.get() instanceof EcsException e && !(e instanceof CapacityExhaustedException)) throw e;
        return latest.getOrDefault(keyUuid + "/" + seq, seq * capacity - 1);
    }
}
