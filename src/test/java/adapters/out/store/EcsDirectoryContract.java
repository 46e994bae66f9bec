package adapters.out.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.EcsDirectory;
import application.port.out.EcsEntry;
import application.port.out.HttpEcsEntry;
import application.port.out.SfcEcsEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link EcsDirectory} must do; one subclass per implementation. */
public abstract class EcsDirectoryContract {
    @TempDir
    protected Path tmp;

    /** A fresh, empty directory. */
    protected abstract EcsDirectory directory() throws Exception;

    private SfcEcsEntry sfc(String name, String file) {
        return new SfcEcsEntry(UUID.randomUUID(), name, tmp.resolve(file).toAbsolutePath(), "0.1.0");
    }

    @Test
    void entriesOfBothTypesComeBackWholeInCreationOrder() throws Exception {
        EcsDirectory d = directory();
        SfcEcsEntry local = sfc("local", "claims.sfc");
        HttpEcsEntry remote = new HttpEcsEntry(UUID.randomUUID(), "remote", "ecs.example.com:8443/api", "secret-api-key", true, "0.1.0");
        d.add(local);
        d.add(remote);
        assertEquals(List.<EcsEntry>of(local, remote), d.list());
        assertEquals(remote, d.find(remote.uuid()).orElseThrow());
        assertEquals("secret-api-key", ((HttpEcsEntry) d.find(remote.uuid()).orElseThrow()).apiKey());
        assertTrue(d.find(UUID.randomUUID()).isEmpty());
    }

    @Test
    void namesAreUniqueIgnoringCaseAndBlanksAndAFileHasOneEntry() throws Exception {
        EcsDirectory d = directory();
        d.add(sfc("Local", "a.sfc"));
        assertThrows(IllegalArgumentException.class, () -> d.add(sfc("  local ", "b.sfc")));
        assertThrows(IllegalArgumentException.class, () -> d.add(sfc("other", "a.sfc")));
        assertEquals(1, d.list().size());
    }

    @Test
    void replaceAndRemoveChangeOnlyTheirEntry() throws Exception {
        EcsDirectory d = directory();
        SfcEcsEntry a = sfc("a", "a.sfc");
        SfcEcsEntry b = sfc("b", "b.sfc");
        d.add(a);
        d.add(b);
        d.replace(a.withName("renamed"));
        assertEquals("renamed", d.find(a.uuid()).orElseThrow().name());
        assertThrows(IllegalArgumentException.class, () -> d.replace(a.withName("B")), "the name of another entry");
        assertThrows(IllegalArgumentException.class, () -> d.replace(sfc("ghost", "g.sfc")), "not configured");
        assertTrue(d.remove(b.uuid()));
        assertFalse(d.remove(b.uuid()));
        assertEquals(List.of(a.uuid()), d.list().stream().map(EcsEntry::uuid).toList());
    }
}
