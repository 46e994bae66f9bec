/**
 * SHA-256 for the native executable from OpenSSL's libcrypto, linked statically into it: {@code OpenSslSha256} (a
 * {@link java.security.MessageDigest} over {@code SHA256_Init/Update/Final}) and {@code OpenSslSha256Provider} (a JCA
 * provider that serves it for MessageDigest "SHA-256" only). libcrypto chooses SHA-NI or AVX2 at run time, which the
 * native image's own SHA-256 cannot (docs/PERFORMANCE.md). The application core never sees this package: the wiring
 * ({@code adapters.config.Wiring}) puts the provider first in the native executable only; on a JVM it is never loaded.
 * Depends on {@code java.*} and GraalVM's native-image API only; must not import other adapters or the application.
 */
package adapters.out.digest;
