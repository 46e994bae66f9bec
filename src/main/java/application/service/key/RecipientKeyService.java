package application.service.key;

import application.port.in.RecipientKeyUseCase;
import application.port.in.failure.FailureException;
import application.port.in.failure.TransferFailure;
import application.port.out.Configuration;
import application.port.out.KeyExportFormat;
import java.io.IOException;

/** recipient-key: this root's X25519 public key, created on first use. */
public final class RecipientKeyService implements RecipientKeyUseCase {
    private final Configuration configuration;
    private final KeyExportFormat exports;

    public RecipientKeyService(Configuration configuration, KeyExportFormat exports) {
        this.configuration = configuration;
        this.exports = exports;
    }

    @Override
    public Result recipientKey() {
        configuration.load();
        try {
            KeyExportFormat.RecipientKey k = exports.recipientKey();
            return new Result(k.publicKey(), k.fingerprint());
        } catch (IOException e) {
            throw new FailureException(new TransferFailure.RecipientKeyUnusable(e.getMessage()), e);
        }
    }
}
