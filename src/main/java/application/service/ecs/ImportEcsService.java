package application.service.ecs;

import application.port.in.ImportEcsUseCase;
import application.port.in.failure.EcsFailure;
import application.port.in.failure.FailureException;
import application.port.in.failure.PathFailure.Role;
import application.port.in.failure.TransferFailure;
import application.port.out.Configuration;
import application.port.out.EcsConnector;
import application.port.out.EcsDirectory;
import application.port.out.EcsEntry;
import application.port.out.EcsExportFormat;
import application.port.out.HttpEcsEntry;
import application.port.out.KeyExportFormat;
import application.port.out.SfcEcsEntry;
import application.service.shared.IoFailures;
import java.io.IOException;

/**
 * import-ecs: reads the export, refuses an entry whose UUID, name or file this root already has, makes sure the
 * backend is usable (an SFC file this root opens; an HTTP ECS that accepts the key) and saves the entry as exported.
 */
public final class ImportEcsService implements ImportEcsUseCase {
    private final Configuration configuration;
    private final EcsDirectory directory;
    private final EcsConnector connector;
    private final EcsExportFormat exports;

    public ImportEcsService(Configuration configuration, EcsDirectory directory, EcsConnector connector, EcsExportFormat exports) {
        this.configuration = configuration;
        this.directory = directory;
        this.connector = connector;
        this.exports = exports;
    }

    @Override
    public Result importEcs(Request request) {
        configuration.load();
        IoFailures.requireReadableFile(Role.INPUT_FILE, request.input());
        EcsEntry entry;
        try {
            entry = exports.read(request.input(), request.passphrase());
        } catch (KeyExportFormat.PassphraseException e) {
            throw new FailureException(e.missing() ? new TransferFailure.PassphraseMissing(request.input())
                    : new TransferFailure.PassphraseWrong(request.input()), e);
        } catch (IOException e) {
            throw IoFailures.reading(Role.INPUT_FILE, request.input(), e);
        }
        if (directory.find(entry.uuid()).isPresent()) throw new FailureException(new EcsFailure.NameTaken(entry.name() + " (" + entry.uuid() + ")"));
        if (entry instanceof SfcEcsEntry s) entry = s.withPath(CreateEcsService.sfcPath(s.path()));
        CreateEcsService.requireUnique(directory, entry);
        connector.prepare(entry);
        directory.add(entry);
        return switch (entry) {
            case SfcEcsEntry s -> new Result(s.uuid(), s.name(), "SFC", s.path().toString());
            case HttpEcsEntry h -> new Result(h.uuid(), h.name(), "HTTP", h.url());
        };
    }
}
