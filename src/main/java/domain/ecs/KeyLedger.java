package domain.ecs;

import domain.position.IterationPositions;
import domain.position.PositionRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One key's state in an ECS, the rules every ECS backend shares (SFC file, HTTP server): the
 * registration, the latest claimed position of each iteration and the dense list of Deltas.
 * Immutable: every change returns a new ledger. Pure: no I/O, no clock, no randomness.
 *
 * <p>Rules (reference, Claiming System and Delta Pulling Semantics):
 * <ul>
 * <li>Iteration {@code s} owns {@code [s*C, (s+1)*C - 1]}; the Alpha (s = 0) exists from registration,
 *     Delta {@code s} from its publication.</li>
 * <li>A claim hands out the next {@code size} unclaimed positions of one iteration as one contiguous
 *     range, or nothing when fewer are left ("capacity exhausted, N left"); ranges never overlap.</li>
 * <li>The latest claimed position is a "last used" pointer: {@code s*C - 1} when nothing is claimed.</li>
 * <li>Delta sequence numbers are dense: the next Delta has {@code latest seq + 1}; a taken sequence is a
 *     conflict.</li>
 * <li>Fast-forward moves a pointer forward without handing out a range; it never moves it back.</li>
 * </ul>
 */
public final class KeyLedger {
    private final RegisteredKey key;
    private final TreeMap<Integer, Long> latestClaimed;
    private final List<DeltaRecord> deltas;

    private KeyLedger(RegisteredKey key, TreeMap<Integer, Long> latestClaimed, List<DeltaRecord> deltas) {
        this.key = key;
        this.latestClaimed = latestClaimed;
        this.deltas = deltas;
    }

    /** A newly registered key: the Alpha iteration exists with nothing claimed, no Delta yet. */
    public static KeyLedger register(RegisteredKey key) {
        Objects.requireNonNull(key, "key");
        TreeMap<Integer, Long> latest = new TreeMap<>();
        latest.put(0, -1L);
        return new KeyLedger(key, latest, List.of());
    }

    /**
     * A ledger restored from stored state. {@code latestClaimed} maps each existing iteration (0 and every
     * Delta's seq) to its "last used" pointer.
     *
     * @throws IllegalArgumentException when the state breaks the rules above (gaps in the Delta sequence, a
     *                                  Delta of another key or outside its iteration, a pointer outside its
     *                                  iteration, an iteration without a pointer or a pointer without one)
     */
    public static KeyLedger restore(RegisteredKey key, Map<Integer, Long> latestClaimed, List<DeltaRecord> deltas) {
        Objects.requireNonNull(key, "key");
        List<DeltaRecord> sorted = new ArrayList<>(deltas);
        sorted.sort((a, b) -> Integer.compare(a.seq(), b.seq()));
        long c = key.iterationCapacity();
        for (int i = 0; i < sorted.size(); i++) {
            DeltaRecord d = sorted.get(i);
            if (!d.keyUuid().equals(key.keyUuid())) throw new IllegalArgumentException("Delta " + d.deltaUuid() + " belongs to another key");
            if (d.seq() != i + 1) throw new IllegalArgumentException("Delta sequence numbers are not dense at " + d.seq());
            if (!d.positions().equals(IterationPositions.of(c, d.seq()))) {
                throw new IllegalArgumentException("Delta " + d.seq() + " does not cover its iteration's positions");
            }
        }
        TreeMap<Integer, Long> latest = new TreeMap<>(latestClaimed);
        if (latest.size() != sorted.size() + 1) {
            throw new IllegalArgumentException("latest claimed positions do not match the iterations (Alpha and "
                    + sorted.size() + " Deltas)");
        }
        for (var e : latest.entrySet()) {
            int seq = e.getKey();
            if (seq < 0 || seq > sorted.size()) throw new IllegalArgumentException("no iteration " + seq + " is registered");
            PositionRange own = IterationPositions.of(c, seq);
            long p = e.getValue();
            if (p < own.start() - 1 || p > own.end()) {
                throw new IllegalArgumentException("latest claimed position " + p + " lies outside iteration " + seq);
            }
        }
        return new KeyLedger(key, latest, List.copyOf(sorted));
    }

    /** The registration. */
    public RegisteredKey key() { return key; }

    /** The Deltas in sequence order. */
    public List<DeltaRecord> deltas() { return deltas; }

    /** Iteration seq → latest claimed position, for every existing iteration (read-only). */
    public Map<Integer, Long> latestClaimedBySeq() { return Collections.unmodifiableMap(latestClaimed); }

    /** The newest Delta, if any. */
    public Optional<DeltaRecord> latestDelta() {
        return deltas.isEmpty() ? Optional.empty() : Optional.of(deltas.getLast());
    }

    /** The sequence number the next Delta must have: latest + 1 (1 when there is none). */
    public int nextDeltaSeq() { return deltas.size() + 1; }

    /** The "last used" pointer of iteration {@code seq} ({@code seq*C - 1} when nothing is claimed); empty when it does not exist. */
    public OptionalLong latestClaimed(int seq) {
        Long p = latestClaimed.get(seq);
        return p == null ? OptionalLong.empty() : OptionalLong.of(p);
    }

    /** Unclaimed positions left in iteration {@code seq}; empty when it does not exist. */
    public OptionalLong remaining(int seq) {
        Long p = latestClaimed.get(seq);
        return p == null ? OptionalLong.empty() : OptionalLong.of(positions(seq).end() - p);
    }

    /** The positions iteration {@code seq} owns (whether or not it exists yet). */
    public PositionRange positions(int seq) {
        return IterationPositions.of(key.iterationCapacity(), seq);
    }

    /**
     * Hands out the next {@code size} unclaimed positions of iteration {@code seq}.
     *
     * @throws IllegalArgumentException when {@code size < 1}
     */
    public ClaimResult claim(int seq, long size) {
        if (size < 1) throw new IllegalArgumentException("claim size must be at least 1, got " + size);
        Long latest = latestClaimed.get(seq);
        if (latest == null) return new ClaimResult.UnknownIteration(seq);
        long remaining = positions(seq).end() - latest;
        if (size > remaining) return new ClaimResult.Exhausted(seq, size, remaining);
        PositionRange range = PositionRange.ofSize(latest + 1, size);
        return new ClaimResult.Claimed(range, withLatest(seq, range.end()));
    }

    /**
     * Moves the pointer of iteration {@code seq} forward to {@code position} without handing out a range,
     * for a pointer known from elsewhere to be further on (a witness of a restored store). A position at or
     * below the current pointer changes nothing.
     *
     * @throws IllegalArgumentException when the iteration does not exist or {@code position} lies outside it
     */
    public KeyLedger fastForwardTo(int seq, long position) {
        Long latest = latestClaimed.get(seq);
        if (latest == null) throw new IllegalArgumentException("no iteration " + seq + " is registered");
        if (!positions(seq).contains(position)) {
            throw new IllegalArgumentException("position " + position + " lies outside iteration " + seq);
        }
        return position <= latest ? this : withLatest(seq, position);
    }

    /**
     * Registers Delta {@code deltaUuid} with sequence number {@code seq}. Publishing the same UUID at the
     * same sequence again changes nothing ({@link PublishResult.AlreadyPublished}).
     */
    public PublishResult publish(java.util.UUID deltaUuid, int seq) {
        Objects.requireNonNull(deltaUuid, "deltaUuid");
        for (DeltaRecord d : deltas) {
            if (d.seq() == seq) {
                return d.deltaUuid().equals(deltaUuid) ? new PublishResult.AlreadyPublished(d) : new PublishResult.SequenceTaken(d);
            }
            if (d.deltaUuid().equals(deltaUuid)) return new PublishResult.OutOfSequence(seq, d.seq());
        }
        if (seq != nextDeltaSeq()) return new PublishResult.OutOfSequence(seq, nextDeltaSeq());
        if (!IterationPositions.exists(key.iterationCapacity(), seq)) return new PublishResult.OutOfSequence(seq, nextDeltaSeq());
        DeltaRecord record = new DeltaRecord(key.keyUuid(), deltaUuid, seq, positions(seq));
        List<DeltaRecord> next = new ArrayList<>(deltas);
        next.add(record);
        TreeMap<Integer, Long> latest = new TreeMap<>(latestClaimed);
        latest.put(seq, record.positions().start() - 1);
        return new PublishResult.Published(record, new KeyLedger(key, latest, List.copyOf(next)));
    }

    /**
     * The ledger that has seen everything this one and {@code other} have seen: every Delta of both and, for each
     * iteration, the further of the two pointers. Used to heal a store restored from an older copy with a newer
     * record of the same key (its witness), so no position is handed out twice.
     *
     * @throws IllegalArgumentException when they belong to different keys or disagree on the Delta of a sequence
     */
    public KeyLedger merge(KeyLedger other) {
        if (!other.key.keyUuid().equals(key.keyUuid()) || !other.key.shape().equals(key.shape())
                || !other.key.alphaIterationUuid().equals(key.alphaIterationUuid())) {
            throw new IllegalArgumentException("the two records belong to different keys");
        }
        KeyLedger longer = other.deltas.size() > deltas.size() ? other : this;
        KeyLedger shorter = longer == this ? other : this;
        for (int i = 0; i < shorter.deltas.size(); i++) {
            if (!shorter.deltas.get(i).equals(longer.deltas.get(i))) {
                throw new IllegalArgumentException("the two records hold different Deltas for sequence " + (i + 1));
            }
        }
        KeyLedger merged = longer;
        for (var e : shorter.latestClaimed.entrySet()) merged = merged.fastForwardTo(e.getKey(), e.getValue());
        return merged;
    }

    /** The ledger under another registration (renamed, new version); the shape and identity must stay. */
    public KeyLedger withKey(RegisteredKey changed) {
        if (!changed.keyUuid().equals(key.keyUuid()) || !changed.shape().equals(key.shape())
                || !changed.alphaIterationUuid().equals(key.alphaIterationUuid())) {
            throw new IllegalArgumentException("a key's identity and shape never change");
        }
        return new KeyLedger(changed, latestClaimed, deltas);
    }

    private KeyLedger withLatest(int seq, long position) {
        TreeMap<Integer, Long> latest = new TreeMap<>(latestClaimed);
        latest.put(seq, position);
        return new KeyLedger(key, latest, deltas);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyLedger l && l.key.equals(key) && l.latestClaimed.equals(latestClaimed) && l.deltas.equals(deltas);
    }

    @Override
    public int hashCode() { return Objects.hash(key, latestClaimed, deltas); }

    @Override
    public String toString() {
        return "KeyLedger[key=" + key.keyUuid() + ", latestClaimed=" + latestClaimed + ", deltas=" + deltas.size() + "]";
    }
}
