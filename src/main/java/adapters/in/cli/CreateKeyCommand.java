package adapters.in.cli;

import application.port.in.CreateKeyUseCase;
import application.port.in.failure.EcsFailure;
import application.port.in.failure.FailureException;
import domain.key.Capacity;
import domain.key.KeySize;
import domain.key.SizeFormat;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe create-key}: Alpha, ECS registration and the first Delta. */
@Command(name = "create-key", mixinStandardHelpOptions = true,
        description = "Create a new Alpha key, register it in ECS, and generate/upload the first Delta.")
public class CreateKeyCommand extends BaseCommand {

    @Option(names = {"-k", "--key-name"}, paramLabel = "<KEY_NAME>", description = "Key display name.")
    String keyName;
    @Option(names = {"-n", "--nucleus-size-mb"}, paramLabel = "<NUCLEUS_SIZE_MB>", description = "Nucleus size in MB.")
    BigDecimal nucleusMb;
    @Option(names = {"-r", "--rotor-size-mb"}, paramLabel = "<ROTOR_SIZE_MB>", description = "Rotor size in MB.")
    BigDecimal rotorMb;
    @Option(names = {"-c", "--number-of-rotors"}, paramLabel = "<NUMBER_OF_ROTORS>", description = "Number of rotors.")
    Integer rotors;
    @Option(names = {"-e", "--ecs-uuid"}, paramLabel = "<ECS_UUID>", description = "Target ECS UUID.")
    UUID ecsUuid;
    @Option(names = {"-s", "--storage-uuid"}, paramLabel = "<STORAGE_UUID>", description = "Storage UUID for HTTP ECS Delta uploads.")
    UUID storageUuid;
    @Option(names = {"-w", "--max-workers"}, paramLabel = "<MAX_WORKERS>", description = "Worker limit for key generation.")
    Integer maxWorkers;

    @Override
    protected int execute() {
        boolean sizeGiven = nucleusMb != null && rotorMb != null && rotors != null;
        if (keyName == null) {
            if (!interactive()) throw missing("missing key name: pass --key-name <KEY_NAME>");
            keyName = Prompts.required("Key name: ");
        }
        KeySize size;
        if (!sizeGiven) {
            if (!interactive() || nucleusMb != null || rotorMb != null || rotors != null) {
                throw missing("missing key size: pass --nucleus-size-mb, --rotor-size-mb and --number-of-rotors "
                        + "(MEDIUM, the default preset: 0.25 0.25 3)");
            }
            size = KeyProfilePrompt.ask(out(), System.console());
        } else {
            try {
                size = KeySize.custom(nucleusMb, rotorMb, rotors);
            } catch (IllegalArgumentException e) {
                throw missing(e.getMessage());
            }
        }
        int workers = maxWorkers == null ? Runtime.getRuntime().availableProcessors() : maxWorkers;
        if (workers < 1) throw missing("--max-workers must be at least 1");
        var ws = workspace();
        CreateKeyUseCase.Result r;
        try {
            r = ws.createKey().create(new CreateKeyUseCase.Request(keyName, size, Optional.ofNullable(ecsUuid),
                    Optional.ofNullable(storageUuid), workers));
        } catch (FailureException e) {
            if (!(e.failure() instanceof EcsFailure.StorageChoiceNeeded need) || !interactive()) throw e;
            UUID chosen = chooseStorage(ws.listEcsStorages().list(need.ecsUuid()).storages());
            r = ws.createKey().create(new CreateKeyUseCase.Request(keyName, size, Optional.of(need.ecsUuid()), Optional.of(chosen), workers));
        }
        var out = out();
        out.println("ECS: " + Printable.escape(r.ecsName()) + " (" + r.ecsUuid() + ")");
        KeySummaryText.capacity(out, size);
        out.println("Alpha key created:");
        out.println("  Key name:             " + Printable.escape(r.keyName()));
        out.println("  Key UUID:             " + r.keyUuid());
        out.println("  Alpha iteration UUID: " + r.alphaIterationUuid());
        out.println("  Alpha positions used: " + r.alphaPositions().start() + ".." + r.alphaPositions().end());
        out.println("First Delta created:");
        out.println("  Delta UUID:           " + r.deltaUuid());
        out.println("  Sequence:             " + r.deltaSeq());
        out.println("  Global positions:     " + r.deltaPositions().start() + ".." + r.deltaPositions().end());
        return 0;
    }

    /** The interactive storage selection of the reference (BYOS recommended for production keys). */
    private UUID chooseStorage(java.util.List<application.port.out.Storage> storages) {
        out().println("Storages of this ECS (use your own storage, BYOS, rather than internal storage for production keys):");
        for (int i = 0; i < storages.size(); i++) {
            var s = storages.get(i);
            out().println("  " + (i + 1) + ") " + Printable.escape(s.name()) + "  [" + Printable.escape(s.storageBadge()) + "]  "
                    + s.storageUuid());
        }
        out().flush();
        while (true) {
            String answer = Prompts.line("Select a storage [1-" + storages.size() + "]: ");
            try {
                int n = Integer.parseInt(answer);
                if (n >= 1 && n <= storages.size()) return storages.get(n - 1).storageUuid();
            } catch (NumberFormatException ignored) {
                // asked again below
            }
            out().println("Please answer a number from 1 to " + storages.size() + ".");
        }
    }
}
