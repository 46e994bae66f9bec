package adapters.out.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.KeyStore;
import domain.key.KeyIteration;
import domain.key.KeyShape;
import domain.key.Keys;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link KeyStore} must do; one subclass per implementation. */
public abstract class KeyStoreContract {
    private static final KeyShape SHAPE = new KeyShape(4, 3, 2);

    @TempDir
    protected Path tmp;

    /** A fresh, empty store. */
    protected abstract KeyStore store() throws Exception;

    private static KeyIteration of(long key, int seq) {
        return Keys.iteration(SHAPE, seq, key);
    }

    @Test
    void iterationsComeBackOrderedBySeqAndSavingTwiceChangesNothing() throws Exception {
        KeyStore s = store();
        assertTrue(s.save(of(1, 2)));
        assertTrue(s.save(of(1, 0)));
        assertTrue(s.save(of(1, 1)));
        assertFalse(s.save(of(1, 1)), "the same iteration again is not added");
        assertEquals(List.of(0, 1, 2), s.iterations(new UUID(1, 1)).stream().map(KeyIteration::seq).toList());
        assertEquals(of(1, 1), s.find(new UUID(1, 1), 1).orElseThrow());
        assertTrue(s.find(new UUID(1, 1), 3).isEmpty());
        assertTrue(s.iterations(new UUID(9, 9)).isEmpty());
    }

    @Test
    void aDifferentIterationForATakenSeqIsRefused() throws Exception {
        KeyStore s = store();
        s.save(of(1, 1));
        KeyIteration rival = new KeyIteration(new UUID(1, 1), UUID.randomUUID(), 1, "test-key", "0.1.0", SHAPE,
                of(1, 1).nucleus(), of(1, 1).rotors());
        assertThrows(IllegalStateException.class, () -> s.save(rival));
        assertEquals(of(1, 1).iterationUuid(), s.find(new UUID(1, 1), 1).orElseThrow().iterationUuid());
    }

    @Test
    void keysWithAlphaAreListedInCreationOrderAndDeltasAloneDoNotCount() throws Exception {
        KeyStore s = store();
        s.save(of(7, 0));
        s.save(of(3, 0));
        s.save(of(5, 1));
        assertEquals(List.of(new UUID(7, 1), new UUID(3, 1)), s.keysWithAlpha());
    }

    @Test
    void deletingOneIterationOrAWholeKeyLeavesTheOthers() throws Exception {
        KeyStore s = store();
        s.save(of(1, 0));
        s.save(of(1, 1));
        s.save(of(2, 0));
        assertFalse(s.deleteIteration(new UUID(2, 1), of(1, 1).iterationUuid()), "an iteration of another key is not touched");
        assertTrue(s.deleteIteration(new UUID(1, 1), of(1, 1).iterationUuid()));
        assertFalse(s.deleteIteration(new UUID(1, 1), of(1, 1).iterationUuid()));
        assertEquals(List.of(0), s.iterations(new UUID(1, 1)).stream().map(KeyIteration::seq).toList());
        assertTrue(s.deleteKey(new UUID(1, 1)));
        assertFalse(s.deleteKey(new UUID(1, 1)));
        assertEquals(List.of(new UUID(2, 1)), s.keysWithAlpha());
    }
}
