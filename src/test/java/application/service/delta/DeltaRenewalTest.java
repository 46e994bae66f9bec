package application.service.delta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.fakes.InMemoryClaimCacheStore;
import application.fakes.InMemoryKeyStore;
import application.service.shared.KeyGeneration;
import application.port.out.DeltaConflictException;
import application.port.out.Entropy;
import domain.key.KeyIteration;
import domain.key.KeyShape;
import domain.key.Keys;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Renewal publishes before it commits locally; a sequence conflict (D6) rolls back and says what to do. */
class DeltaRenewalTest {

    private static Entropy entropy() {
        Random r = new Random(3);
        return new Entropy() {
            @Override public void nextBytes(byte[] b) { r.nextBytes(b); }
            @Override public int nextInt(int bound) { return r.nextInt(bound); }
            @Override public Entropy fork() { return this; }
        };
    }

    private final InMemoryKeyStore keys = new InMemoryKeyStore();
    private final InMemoryClaimCacheStore cache = new InMemoryClaimCacheStore();
    private final KeyIteration alpha = Keys.iteration(new KeyShape(4, 3, 2), 0, 7);
    private final KeyIteration delta1 = new KeyIteration(alpha.keyUuid(), java.util.UUID.randomUUID(), 1, alpha.keyName(),
            alpha.omegasafeVersion(), alpha.shape(), alpha.nucleus(), alpha.rotors());

    @Test
    void d6_aRenewalThatConflictsWithTheEcsIsRolledBack() {
        keys.save(alpha);
        keys.save(delta1);
        List<KeyIteration> published = new ArrayList<>();
        DeltaRenewal renewal = new DeltaRenewal(keys, cache, new KeyGeneration(entropy()), (session, settings, a, d) -> {
            published.add(d);
            throw new DeltaConflictException("the ECS already has Delta 2");
        });
        assertEquals(new DeltaRenewal.Result.Conflicted(2), renewal.renew(null, null, alpha, delta1));
        assertEquals(1, published.size());
        assertEquals(2, published.getFirst().seq());
        assertEquals(List.of(0, 1), keys.iterations(alpha.keyUuid()).stream().map(KeyIteration::seq).toList(),
                "nothing of the failed Delta stays local");
        assertTrue(cache.find(published.getFirst().iterationUuid()).isEmpty());
    }

    @Test
    void aSuccessfulRenewalIsSavedOnlyAfterPublishing() {
        keys.save(alpha);
        keys.save(delta1);
        List<Integer> localAtPublish = new ArrayList<>();
        DeltaRenewal renewal = new DeltaRenewal(keys, cache, new KeyGeneration(entropy()), (session, settings, a, d) ->
                localAtPublish.add(keys.iterations(a.keyUuid()).size()));
        KeyIteration next = ((DeltaRenewal.Result.Renewed) renewal.renew(null, null, alpha, delta1)).delta();
        assertEquals(2, next.seq());
        assertEquals(List.of(2), localAtPublish, "published while only Alpha and Delta 1 were local");
        assertEquals(3, keys.iterations(alpha.keyUuid()).size());
    }
}
