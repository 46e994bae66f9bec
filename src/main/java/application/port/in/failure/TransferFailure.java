package application.port.in.failure;

import java.nio.file.Path;

/** An exported Alpha cannot be written or read. */
public sealed interface TransferFailure extends Failure {

    /** The export is passphrase-protected and no passphrase was given. */
    record PassphraseMissing(Path file) implements TransferFailure { }

    /** The passphrase does not open the export, or it was made for another device's recipient key. */
    record PassphraseWrong(Path file) implements TransferFailure { }

    /** This device's recipient key cannot be created or read. */
    record RecipientKeyUnusable(String reason) implements TransferFailure { }
}
