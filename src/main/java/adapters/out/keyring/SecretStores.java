package adapters.out.keyring;

import application.port.out.SecretStore;

/** Chooses the keyring adapter for the running operating system. */
public final class SecretStores {
    private SecretStores() { }

    public static SecretStore forCurrentOs() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("linux")) return new LibsecretSecretStore();
        if (os.contains("mac")) return new MacKeychainSecretStore();
        if (os.contains("win")) return new WindowsCredentialSecretStore();
        return new UnavailableSecretStore("no OS keyring support for " + System.getProperty("os.name") + " in this build");
    }
}
