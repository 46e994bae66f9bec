package adapters.out.store;

import application.fakes.InMemoryClaimCacheStore;
import application.fakes.InMemoryKeyStore;
import application.port.out.ClaimCacheStore;
import application.port.out.KeyStore;
import org.junit.jupiter.api.Nested;

/** The same contracts against the in-memory fakes the application tests use, so the fakes stay honest. */
class FakeStoresContractTest {
    @Nested
    class Keys extends KeyStoreContract {
        @Override
        protected KeyStore store() { return new InMemoryKeyStore(); }
    }

    @Nested
    class Cache extends ClaimCacheStoreContract {
        @Override
        protected ClaimCacheStore store() { return new InMemoryClaimCacheStore(); }
    }
}
