package application.port.in.failure;

import java.nio.file.Path;

/** The configuration root, its config.ini or its password cannot be used as asked. */
public sealed interface ConfigFailure extends Failure {

    record AlreadyInitialised(Path root) implements ConfigFailure { }

    /** The OS keyring already holds a configuration password and no choice was made. */
    record KeyringHoldsPassword() implements ConfigFailure { }

    /** The OS keyring cannot be used to read or store the configuration password. */
    record KeyringUnusable(String reason) implements ConfigFailure { }

    record FileUnreadable(Path file, String reason) implements ConfigFailure { }

    record FileNotWritable(Path file, String reason) implements ConfigFailure { }

    /** A property of {@code config.ini} holds a value its rules refuse. */
    record InvalidSetting(String property, Path file, String reason) implements ConfigFailure { }

    /** A config.ini holding a secret may be read by other accounts. */
    record SecretExposed(Path file) implements ConfigFailure { }

    /** The directory holds no OmegaSafe configuration, so a destructive command refuses it. */
    record NotAConfigRoot(Path dir) implements ConfigFailure { }
}
