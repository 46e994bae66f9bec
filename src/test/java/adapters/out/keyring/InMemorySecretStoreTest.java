package adapters.out.keyring;

import application.port.out.SecretStore;

class InMemorySecretStoreTest extends SecretStoreContract {
    @Override
    protected SecretStore store() {
        return new InMemorySecretStore();
    }
}
