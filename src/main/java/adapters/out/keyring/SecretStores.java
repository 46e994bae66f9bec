package adapters.out.keyring;

import application.port.out.SecretStore;

/** Chooses the keyring adapter for the running operating system. */
public final class SecretStores {
    private SecretStores() { }

    public static SecretStore forCurrentOs() {
        return new UnavailableSecretStore("no OS keyring support in this build");
    }
}
