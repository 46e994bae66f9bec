/**
 * OS keyring adapters behind {@code SecretStore}: the freedesktop Secret Service through libsecret
 * (java.lang.foreign), and an unavailable store for systems without one. Must not import inbound adapters.
 */
package adapters.out.keyring;
