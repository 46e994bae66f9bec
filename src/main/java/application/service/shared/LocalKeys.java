package application.service.shared;

import application.port.in.failure.FailureException;
import application.port.in.failure.KeyFailure;
import application.port.out.KeyStore;
import domain.key.KeyIteration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lookups of local key iterations with the reference's actionable failures. */
public final class LocalKeys {
    private final KeyStore store;

    public LocalKeys(KeyStore store) {
        this.store = store;
    }

    /** The port behind these lookups, for callers that save or delete. */
    public KeyStore store() {
        return store;
    }

    /**
     * The local Alpha of {@code keyUuid}.
     *
     * @throws FailureException with {@link KeyFailure.NoLocalAlpha} when this device does not hold it
     */
    public KeyIteration requireAlpha(UUID keyUuid) {
        return store.find(keyUuid, 0).orElseThrow(() -> new FailureException(new KeyFailure.NoLocalAlpha(keyUuid)));
    }

    /** The local iteration {@code seq} of a key, if present. */
    public Optional<KeyIteration> find(UUID keyUuid, int seq) {
        return store.find(keyUuid, seq);
    }

    /** The newest local Delta (seq >= 1) of a key, if any. */
    public Optional<KeyIteration> latestDelta(UUID keyUuid) {
        return store.iterations(keyUuid).stream().filter(i -> i.seq() > 0).max(Comparator.comparingInt(KeyIteration::seq));
    }

    /** All local iterations of the key ordered by seq. */
    public List<KeyIteration> iterations(UUID keyUuid) {
        return store.iterations(keyUuid);
    }
}
