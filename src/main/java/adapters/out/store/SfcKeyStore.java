package adapters.out.store;

import adapters.out.fs.SecureContainer;

import application.port.out.ContainerAccessException;
import application.port.out.KeyStore;
import domain.key.KeyIteration;
import domain.key.KeyIterationCodec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link KeyStore} over {@code omegasafe_keys.sfc}: one entry per key iteration, addressed by the
 * iteration UUID, holding the iteration in the {@link KeyIterationCodec} layout.
 */
public final class SfcKeyStore implements KeyStore {
    private final SecureContainer container;

    public SfcKeyStore(SecureContainer container) {
        this.container = container;
    }

    /**
     * An entry of this container as a key iteration. An entry that is not one (the file was replaced by another
     * OmegaSafe container under the same password, or damaged) names the file instead of failing as bad input.
     */
    private KeyIteration iteration(byte[] bytes) {
        try {
            return KeyIterationCodec.decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new ContainerAccessException(ContainerAccessException.Reason.DAMAGED, container.path(), container.path()
                    + " holds an entry that is not an OmegaSafe key iteration (was another container copied over it?)", e);
        }
    }

    @Override
    public boolean save(KeyIteration iteration) {
        byte[] encoded = KeyIterationCodec.encode(iteration);
        return container.update(entries -> {
            for (byte[] existing : entries.values()) {
                KeyIteration other = iteration(existing);
                if (other.keyUuid().equals(iteration.keyUuid()) && other.seq() == iteration.seq()
                        && !other.iterationUuid().equals(iteration.iterationUuid())) {
                    throw new IllegalStateException("key " + iteration.keyUuid() + " already has a different iteration "
                            + iteration.seq() + " on this device");
                }
            }
            return entries.putIfAbsent(iteration.iterationUuid(), encoded) == null;
        });
    }

    @Override
    public List<KeyIteration> iterations(UUID keyUuid) {
        List<KeyIteration> result = new ArrayList<>();
        for (byte[] bytes : container.read().values()) {
            KeyIteration it = iteration(bytes);
            if (it.keyUuid().equals(keyUuid)) result.add(it);
        }
        result.sort(Comparator.comparingInt(KeyIteration::seq));
        return result;
    }

    @Override
    public Optional<KeyIteration> find(UUID keyUuid, int seq) {
        return iterations(keyUuid).stream().filter(i -> i.seq() == seq).findFirst();
    }

    @Override
    public List<UUID> keysWithAlpha() {
        LinkedHashSet<UUID> keys = new LinkedHashSet<>();
        for (byte[] bytes : container.read().values()) {
            KeyIteration it = iteration(bytes);
            if (it.isAlpha()) keys.add(it.keyUuid());
        }
        return List.copyOf(keys);
    }

    @Override
    public boolean deleteIteration(UUID keyUuid, UUID iterationUuid) {
        return container.update(entries -> {
            byte[] bytes = entries.get(iterationUuid);
            if (bytes == null || !iteration(bytes).keyUuid().equals(keyUuid)) return false;
            entries.remove(iterationUuid);
            return true;
        });
    }

    @Override
    public boolean deleteKey(UUID keyUuid) {
        return container.update(entries ->
                entries.entrySet().removeIf(e -> iteration(e.getValue()).keyUuid().equals(keyUuid)));
    }
}
