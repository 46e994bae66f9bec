package application.service.ecs;

import application.port.in.ExportEcsUseCase;
import application.port.in.ExportKeyUseCase.Protection;
import application.port.in.InvalidRequestException;
import application.port.in.failure.PathFailure.Role;
import application.port.out.Configuration;
import application.port.out.EcsEntry;
import application.port.out.EcsExportFormat;
import application.service.shared.EcsResolver;
import application.service.shared.IoFailures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** export-ecs: one ECS connection to a new owner-only file, protected unless plain was asked for. */
public final class ExportEcsService implements ExportEcsUseCase {
    private final Configuration configuration;
    private final EcsResolver ecs;
    private final EcsExportFormat exports;

    public ExportEcsService(Configuration configuration, EcsResolver ecs, EcsExportFormat exports) {
        this.configuration = configuration;
        this.ecs = ecs;
        this.exports = exports;
    }

    @Override
    public Result export(Request request) {
        configuration.load();
        EcsEntry entry = ecs.require(request.ecsUuid());
        Path output = request.output().toAbsolutePath();
        IoFailures.requireWritableDirectory(Role.OUTPUT_DIRECTORY, output.getParent());
        IoFailures.requireAbsent(Role.OUTPUT_FILE, output);
        try {
            switch (request.protection()) {
                case Protection.None n -> exports.write(output, entry, Optional.empty());
                case Protection.Passphrase p -> exports.write(output, entry, Optional.of(p.passphrase()));
                case Protection.Recipient r -> {
                    try {
                        exports.writeForRecipient(output, entry, r.recipientKey());
                    } catch (IllegalArgumentException bad) {
                        throw new InvalidRequestException("invalid recipient key: " + bad.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw IoFailures.writing(Role.OUTPUT_DIRECTORY, output.getParent(), output, e);
        }
        return new Result(output, entry.uuid(), entry.name(), entry.type().name(), request.protection());
    }
}
