package application.port.in;

/** recipient-key: this device's public key for receiving exported Alphas (created on first use). */
public interface RecipientKeyUseCase {
    /** The key as {@code export-key --recipient} takes it, and its fingerprint for out-of-band comparison. */
    record Result(String publicKey, String fingerprint) { }

    Result recipientKey();
}
