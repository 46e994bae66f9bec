package application.service.key;

import application.port.in.ExportKeyUseCase;
import application.port.in.InvalidRequestException;
import application.port.in.failure.PathFailure.Role;
import application.port.out.Configuration;
import application.port.out.KeyExportFormat;
import application.service.shared.IoFailures;
import application.service.shared.LocalKeys;
import domain.key.AlphaFingerprint;
import domain.key.KeyIteration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** export-key: the Alpha to a new owner-only file, plain, under a passphrase, or to a recipient key. */
public final class ExportKeyService implements ExportKeyUseCase {
    private final Configuration configuration;
    private final LocalKeys keys;
    private final KeyExportFormat exports;

    public ExportKeyService(Configuration configuration, LocalKeys keys, KeyExportFormat exports) {
        this.configuration = configuration;
        this.keys = keys;
        this.exports = exports;
    }

    @Override
    public Result export(Request request) {
        configuration.load();
        KeyIteration alpha = keys.requireAlpha(request.keyUuid());
        Path output = request.output().toAbsolutePath();
        Path dir = output.getParent();
        IoFailures.requireWritableDirectory(Role.OUTPUT_DIRECTORY, dir);
        IoFailures.requireAbsent(Role.OUTPUT_FILE, output);
        try {
            switch (request.protection()) {
                case Protection.None n -> exports.write(output, alpha, Optional.empty());
                case Protection.Passphrase p -> exports.write(output, alpha, Optional.of(p.passphrase()));
                case Protection.Recipient r -> {
                    try {
                        exports.writeForRecipient(output, alpha, r.recipientKey());
                    } catch (IllegalArgumentException bad) {
                        throw new InvalidRequestException("invalid recipient key: " + bad.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw IoFailures.writing(Role.OUTPUT_DIRECTORY, dir, output, e);
        }
        return new Result(output, alpha.keyUuid(), alpha.iterationUuid(), alpha.keyName(), AlphaFingerprint.of(alpha),
                request.protection());
    }
}
