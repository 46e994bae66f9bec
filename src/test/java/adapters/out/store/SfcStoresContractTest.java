package adapters.out.store;

import adapters.out.fs.SecureContainer;
import application.port.out.ClaimCacheStore;
import application.port.out.EcsDirectory;
import application.port.out.KeyStore;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;

/** The store contracts against the secure-container adapters of a config root. */
class SfcStoresContractTest {
    private static SecureContainer container(java.nio.file.Path dir) {
        SecureContainer c = new SecureContainer(dir.resolve("store-" + UUID.randomUUID() + ".sfc"), () -> "store-password");
        c.create(Map.of());
        return c;
    }

    @Nested
    class Keys extends KeyStoreContract {
        @Override
        protected KeyStore store() { return new SfcKeyStore(container(tmp)); }
    }

    @Nested
    class Cache extends ClaimCacheStoreContract {
        @Override
        protected ClaimCacheStore store() { return new SfcClaimCacheStore(container(tmp)); }
    }

    @Nested
    class Directory extends EcsDirectoryContract {
        @Override
        protected EcsDirectory directory() { return new SfcEcsDirectory(container(tmp)); }
    }
}
