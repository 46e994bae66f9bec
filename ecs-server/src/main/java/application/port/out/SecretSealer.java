package application.port.out;

/**
 * Encrypts BYOS credentials under the server master key (AES-256-GCM), bound to a context (the storage
 * and the field), so a sealed value moved to another row or field does not open.
 */
public interface SecretSealer {
    /** The sealed form of {@code secret}. */
    byte[] seal(String secret, String context);

    /**
     * The secret back.
     *
     * @throws IllegalStateException when the value was not sealed by this master key for this context
     */
    String open(byte[] sealed, String context);
}
