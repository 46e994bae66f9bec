/**
 * OS keyring adapters behind {@code application.port.out.SecretStore}: the freedesktop Secret Service
 * through libsecret (java.lang.foreign), the macOS Keychain through {@code /usr/bin/security}, the Windows
 * Credential Manager through advapi32 (java.lang.foreign), an unavailable store for other systems, and
 * {@code SecretStores}, which picks one by operating system. Items are laid out as the Python
 * {@code keyring} library lays them out. Every call is bounded in time; failures to reach a keyring are
 * {@code SecretStoreUnavailableException}s naming {@code OMEGASAFE_CONFIG_PASSWORD}; no secret reaches a
 * message or a log. Depends on {@code application.port.out} and {@code java.*} only; must not import
 * inbound adapters, other outbound adapters or a framework (wiring happens in {@code adapters.config}).
 */
package adapters.out.keyring;
