package application.service.key;

import application.port.in.OmegaSafeException;
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

    /** The hint every command gives when the local Alpha of a key is missing. */
    public static String importKeyHint(UUID keyUuid) {
        return "import the key's Alpha on this device: omegasafe import-key --input-file <exported Alpha> "
                + "--ecs-uuid <ECS UUID>  (export it on the device that has it: omegasafe export-key --key-uuid "
                + keyUuid + " --output-path <file>)";
    }

    /** The local Alpha of {@code keyUuid}. */
    public KeyIteration requireAlpha(UUID keyUuid) {
        return store.find(keyUuid, 0).orElseThrow(() -> new OmegaSafeException(
                "key " + keyUuid + " has no local Alpha on this device", importKeyHint(keyUuid)));
    }

    /** The local iteration {@code seq} of a key, if present. */
    public Optional<KeyIteration> find(UUID keyUuid, int seq) {
        return store.find(keyUuid, seq);
    }

    /** The newest local Delta (seq >= 1) of a key, if any. */
    public Optional<KeyIteration> latestDelta(UUID keyUuid) {
        List<KeyIteration> all = store.iterations(keyUuid);
        return all.stream().filter(i -> i.seq() > 0).max(Comparator.comparingInt(KeyIteration::seq));
    }

    /** All local iterations of the key ordered by seq. */
    public List<KeyIteration> iterations(UUID keyUuid) {
        return store.iterations(keyUuid);
    }
}
