package adapters.out.keyring;

import application.port.out.SecretStore;
import java.util.Locale;

/** Chooses the keyring adapter for the running operating system (by the {@code os.name} property). */
public final class SecretStores {
    private SecretStores() { }

    /** Linux → Secret Service, macOS → Keychain, Windows → Credential Manager, else an unavailable store. */
    public static SecretStore forCurrentOs() {
        return forOs(System.getProperty("os.name", ""));
    }

    static SecretStore forOs(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("linux")) return new LibsecretSecretStore();
        if (os.contains("mac") || os.contains("darwin")) return new MacKeychainSecretStore();
        if (os.contains("windows")) return new WindowsCredentialSecretStore();
        return new UnavailableSecretStore("no OS keyring support for " + (osName.isEmpty() ? "this system" : osName));
    }
}
