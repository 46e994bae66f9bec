package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.in.InvalidRequestException;
import application.port.in.failure.ClaimFailure;
import application.port.in.failure.ConfigFailure;
import application.port.in.failure.DeltaFailure;
import application.port.in.failure.EcsFailure;
import application.port.in.failure.Failure;
import application.port.in.failure.FailureException;
import application.port.in.failure.KeyFailure;
import application.port.in.failure.PathFailure;
import application.port.in.failure.PathFailure.Role;
import application.port.in.failure.TransferFailure;
import application.port.out.CapacityExhaustedException;
import application.port.out.ConfigFileException;
import application.port.out.ConfigPasswordMissingException;
import application.port.out.ContainerAccessException;
import application.port.out.DeltaConflictException;
import application.port.out.EcsAuthenticationException;
import application.port.out.EcsException;
import application.port.out.EcsUnavailableException;
import application.port.out.NotAnEncryptedFileException;
import application.port.out.NotInitialisedException;
import application.port.out.SecretStoreUnavailableException;
import application.port.out.TraditionalLayerPasswordException;
import domain.claim.ClaimOutcome;
import domain.position.PositionRange;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the failure table: the exit code, the exact {@code error:} text and the exact {@code hint:} text
 * (null: none). A second test proves that every failure kind of the core has a row here.
 */
class FailureTableTest {
    private static final UUID K = UUID.fromString("11111111-2222-4333-8444-555555555555");
    private static final UUID E = UUID.fromString("bbbbbbbb-cccc-4ddd-8eee-ffffffffffff");
    private static final UUID D1 = UUID.fromString("66666666-7777-4888-8999-aaaaaaaaaaaa");
    private static final UUID D2 = UUID.fromString("12121212-2222-4333-8444-555555555555");
    private static final Path P = Path.of("/data/in.bin");
    private static final Path DIR = Path.of("/data/out");
    private static final String IMPORT_HINT = "import the key's Alpha on this device: omegasafe import-key --input-file <exported Alpha> "
            + "--ecs-uuid <ECS_UUID> (export it where it is: omegasafe export-key --key-uuid " + K + " --output-path <file>)";

    static Stream<Arguments> rows() {
        return Stream.of(
                // paths the user named
                row(new PathFailure.NotFound(Role.INPUT_FILE, P), "encrypt", 1, "input file not found: /data/in.bin",
                        "check the path given to --input-file"),
                row(new PathFailure.NotFound(Role.OUTPUT_DIRECTORY, DIR), "decrypt", 1, "output directory not found: /data/out",
                        "check the path given to --output-dir"),
                row(new PathFailure.NotFound(Role.SFC_PATH, DIR), "create-sfc-ecs", 1,
                        "directory of the SFC ECS file does not exist: /data/out", "create the directory first or pass another --sfc-path"),
                row(new PathFailure.NotFound(Role.CONFIG_DIRECTORY, DIR), "init", 1, "config directory does not exist: /data/out",
                        "create it first (mkdir -m 700 /data/out) or omit --config-dir to use the default location"),
                row(new PathFailure.NotARegularFile(Role.INPUT_FILE, P), "encrypt", 1, "input file is not a regular file: /data/in.bin",
                        "pass a file to --input-file"),
                row(new PathFailure.NotADirectory(Role.OUTPUT_DIRECTORY, DIR), "encrypt", 1, "output directory is not a directory: /data/out",
                        "pass a directory to --output-dir"),
                row(new PathFailure.NotReadable(Role.INPUT_FILE, P), "encrypt", 1, "input file is not readable: /data/in.bin",
                        "check the file's permissions (ls -l /data/in.bin)"),
                row(new PathFailure.NotWritable(Role.OUTPUT_DIRECTORY, DIR, "read-only file system"), "decrypt", 1,
                        "cannot create files in output directory /data/out: read-only file system",
                        "choose a directory you can write to with --output-dir"),
                row(new PathFailure.AlreadyExists(Role.OUTPUT_FILE, P), "encrypt", 1, "output file already exists: /data/in.bin",
                        "remove it, or choose another name with --file-name-override or another --output-dir"),
                row(new PathFailure.AlreadyExists(Role.OUTPUT_FILE, P), "export-key", 1, "output file already exists: /data/in.bin",
                        "remove it or choose another --output-path"),
                row(new PathFailure.NoSpace(Role.OUTPUT_DIRECTORY, DIR), "decrypt", 1,
                        "no space left on the file system of output directory /data/out", "free some space there or choose another --output-dir"),
                row(new PathFailure.NameTooLong(Role.OUTPUT_FILE, P), "decrypt", 1, "file name too long for the file system: /data/in.bin",
                        "choose a shorter name with --file-name-override"),
                row(new PathFailure.ReadFailed(Role.INPUT_FILE, P, "Input/output error"), "encrypt", 1,
                        "cannot read input file /data/in.bin: Input/output error", null),
                row(new PathFailure.WriteFailed(Role.OUTPUT_DIRECTORY, DIR, "Input/output error"), "encrypt", 1,
                        "cannot write in output directory /data/out: Input/output error", null),
                row(new PathFailure.Unsafe(Role.SFC_PATH, P, "a symbolic link to a file that does not exist"), "create-sfc-ecs", 1,
                        "refusing SFC ECS file /data/in.bin: a symbolic link to a file that does not exist",
                        "use a path inside a directory only your account can write to, owned by you, without symbolic links"),
                // keys
                row(new KeyFailure.NoLocalAlpha(K), "encrypt", 1, "key " + K + " has no local Alpha on this device", IMPORT_HINT),
                row(new KeyFailure.NotLinkedToEcs(K), "encrypt", 1, "key " + K + " is not linked to any ECS on this device", IMPORT_HINT),
                row(new KeyFailure.FileTooLarge(K, 2000, 1000), "encrypt", 1, "file is too large for key " + K
                        + ": it needs 2000 positions and one key iteration holds 1000", "use a key with a larger capacity (see 'omegasafe create-key')"),
                row(new KeyFailure.NotRegisteredInEcs(K, E, "prod"), "import-key", 1, "key " + K + " is not registered in ECS 'prod' (" + E
                        + ") or this account may not use it", "import it with the --ecs-uuid of the ECS where the key was created (see "
                        + "'omegasafe list-ecs'); on an HTTP ECS, the key's owner must invite this account first"),
                row(new KeyFailure.AlphaMismatch(K), "import-key", 1, "the Alpha does not match key " + K + " in the ECS",
                        "export the Alpha again on the device that created the key"),
                row(new KeyFailure.DifferentAlphaPresent(K), "import-key", 1, "a different Alpha of key " + K + " is already on this device",
                        "check that the export is the right key; remove the local key with 'omegasafe delete-key --key-uuid " + K
                                + " --local-only' only if the local one is wrong"),
                row(new KeyFailure.LinkedToOtherEcs(K, E, D1), "import-key", 1, "key " + K + " is already linked to ECS " + E
                        + " on this device", "import it with --ecs-uuid " + E),
                row(new KeyFailure.NotAnAlpha(K, 2), "import-key", 1, "the file holds iteration 2 of key " + K + ", not an Alpha",
                        "export the Alpha with 'omegasafe export-key' on the device that has it"),
                row(new KeyFailure.NoDelta(K, true), "encrypt", 1, "key " + K + " has no Delta on this device and OFFLINE_MODE is on",
                        "set OFFLINE_MODE to false ('omegasafe set-config --offline-mode false') so the Delta can be pulled"),
                row(new KeyFailure.NoDelta(K, false), "fast-forward-claim", 1, "key " + K + " has no Delta yet",
                        "encrypt a file with the key: the first encryption creates its Delta"),
                row(new KeyFailure.EcsHasNewerDelta(K, 4, 2), "fast-forward-claim", 1,
                        "the ECS has a newer Delta (seq 4) than this device (seq 2); nothing was changed",
                        "run 'omegasafe pull-missing-deltas --key-uuid " + K + "' first"),
                row(new KeyFailure.NotEnoughPositions(K, 2, 10, 20), "fast-forward-claim", 1, "Delta 2 of key " + K
                        + " has 10 positions left, 20 requested", "pass a --claim-size of at most 10"),
                // Deltas
                row(new DeltaFailure.NotOnDevice(K, 3), "decrypt", 1, "Delta 3 of key " + K + " is not on this device",
                        "pull it from the ECS: omegasafe pull-missing-deltas --key-uuid " + K),
                row(new DeltaFailure.NotOnDeviceEcsUnavailable(K, 3, "connection refused"), "decrypt", 3, "Delta 3 of key " + K
                        + " is not on this device and the ECS is unavailable (connection refused)", "retry when the ECS can be reached"),
                row(new DeltaFailure.Diverged(K, 2, D1, D2, E), "encrypt", 1, "Delta sequence 2 of key " + K + " is " + D1
                        + " on this device but " + D2 + " in the ECS", "keep the ECS as it is and replace this device's copy: "
                        + "'omegasafe export-key --key-uuid " + K + " --output-path alpha.key', then 'omegasafe delete-key --key-uuid " + K
                        + " --local-only --force', then 'omegasafe import-key --input-file alpha.key --ecs-uuid " + E
                        + "' (files encrypted here with Delta " + D1 + " stay unreadable)"),
                row(new DeltaFailure.RenewalConflict(K, 8), "encrypt", 1, "key renewal conflicted with the ECS: another device published Delta 8 of key "
                        + K + " first; this renewal was rolled back", "run the command again: it pulls and uses the other device's Delta"),
                row(new DeltaFailure.Inconsistent(K, D1, 3), "decrypt", 1, "Delta " + D1 + " (seq 3) from the ECS does not match its record",
                        "the ECS holds an inconsistent Delta for key " + K + "; do not use the key until the ECS's operator resolves it"),
                row(new DeltaFailure.Unreadable(K, D1, 3, "wrong password"), "decrypt", 1, "cannot pull Delta 3 (" + D1 + ") of key " + K
                        + ": wrong password", "check that TRADITIONAL_ENC_LAYER_PASS matches the one used where the Delta was made"),
                row(new DeltaFailure.NotADeltaOfKey(K), "import-key-delta", 1, "the file is not a Delta of key " + K,
                        "import a Delta file of this key (its sequence number is 1 or more)"),
                row(new DeltaFailure.SequenceTakenLocally(K, 2, D1), "import-key-delta", 1, "this device already has a different Delta ("
                        + D1 + ") for sequence 2 of key " + K, "import only Deltas the ECS issued; run 'omegasafe pull-missing-deltas "
                        + "--key-uuid " + K + "' when the ECS is reachable"),
                row(new DeltaFailure.OutOfOrder(K, 5, 2), "import-key-delta", 1, "Delta sequence 5 does not follow the latest local sequence 2 of key "
                        + K, "import the Deltas in order, starting with sequence 3"),
                // ECS entries
                row(new EcsFailure.NotConfigured(E), "import-key", 1, "no ECS with UUID " + E + " is configured on this device",
                        "run 'omegasafe list-ecs' to see the configured ECS entries, or create one with 'omegasafe create-http-ecs' or "
                                + "'omegasafe create-sfc-ecs'"),
                row(new EcsFailure.DefaultMissing(E), "create-key", 1, "ECS_UUID_DEFAULT names ECS " + E + ", which is not configured",
                        "pass --ecs-uuid, or fix the default with 'omegasafe set-config --ecs-uuid-default <ECS_UUID>' or '--clear-ecs-uuid-default'"),
                row(new EcsFailure.NoneConfigured(), "create-key", 1, "no ECS is configured on this device",
                        "create one first: 'omegasafe create-http-ecs', or for one device 'omegasafe create-sfc-ecs --ecs-name local --confirm-sfc-ecs'"),
                row(new EcsFailure.Ambiguous(2), "create-key", 1, "2 ECS entries are configured and none is the default",
                        "pass --ecs-uuid <ECS_UUID> (see 'omegasafe list-ecs'), or set a default with 'omegasafe set-config --ecs-uuid-default <ECS_UUID>'"),
                row(new EcsFailure.NameTaken("Local"), "create-sfc-ecs", 1, "an ECS named 'Local' already exists (names ignore case and "
                        + "surrounding blanks)", "choose another name"),
                row(new EcsFailure.PathTaken("local", P), "create-sfc-ecs", 1, "ECS 'local' already uses /data/in.bin",
                        "choose another file, or use ECS 'local'"),
                row(new EcsFailure.StorageNotFound(E, D1), "view-ecs-storage", 1, "ECS " + E + " has no storage " + D1
                        + " that this account may use", "run 'omegasafe list-ecs-storages --ecs-uuid " + E + "' to see them"),
                row(new EcsFailure.StorageChoiceNeeded(E, "prod", 3), "create-key", 2, "ECS 'prod' offers 3 storages and none was chosen",
                        "pass --storage-uuid (see 'omegasafe list-ecs-storages --ecs-uuid " + E + "'), or run on a terminal to choose"),
                row(new EcsFailure.BackToInternalStorage(K), "edit-key", 1, "key " + K + " uses its own storage (BYOS); moving it back "
                        + "to the internal storage is not supported", "choose another BYOS storage, or keep the current one"),
                row(new EcsFailure.WrongType(E, "local", "SFC", "storage selection"), "create-key", 2, "storage selection applies to HTTP ECS "
                        + "only; ECS 'local' (" + E + ") is an SFC ECS", "choose an ECS of the other type (see 'omegasafe list-ecs')"),
                // claims
                row(new ClaimFailure.InsufficientOffline(K, D1, 900, 600, Optional.of("connection refused")), "encrypt", 3,
                        "insufficient OFFLINE cache: the ECS is unavailable (connection refused) and no single OFFLINE claim of key " + K
                                + " holds 900 positions (largest left: 600)", "retry when the ECS can be reached, or encrypt a smaller file; "
                                + "raise CACHE_OFFLINE_KEY_CAPACITY_GB to keep more in reserve for offline use"),
                row(new ClaimFailure.InsufficientOffline(K, D1, 900, 600, Optional.empty()), "encrypt", 1,
                        "insufficient OFFLINE cache: OFFLINE_MODE is on and no single OFFLINE claim of key " + K + " holds 900 positions "
                                + "(largest left: 600)", "set OFFLINE_MODE to false ('omegasafe set-config --offline-mode false') to claim "
                                + "from the ECS, or encrypt a smaller file"),
                row(new ClaimFailure.Unsafe(K, D1, 2, new PositionRange(2000, 2099), 2050, ClaimOutcome.Breach.AT_OR_BELOW_FLOOR, 100, E),
                        "encrypt", 1, "unsafe ECS claim rejected: the ECS returned positions 2000..2099, at or below this device's "
                                + "high-water mark 2050, for key " + K + " (seq 2); nothing was used or stored", "the ECS " + E
                                + " may have been restored from an older backup: stop using the key with it and have its operator fence it "
                                + "(self-hosted server: 'bin/ecs-server fence'); an SFC ECS file restored from a copy must be replaced by the current one"),
                // configuration
                row(new ConfigFailure.AlreadyInitialised(DIR), "init", 1, "configuration already exists at /data/out",
                        "pass --override-existing to replace it (existing keys and claims become inaccessible)"),
                row(new ConfigFailure.KeyringHoldsPassword(), "init", 2, "the OS keyring already holds a configuration password",
                        "pass --reuse-password to keep it or --new-password to replace it"),
                row(new ConfigFailure.KeyringUnusable("no D-Bus session"), "init", 1,
                        "the OS keyring cannot hold the configuration password: no D-Bus session",
                        "set OMEGASAFE_CONFIG_PASSWORD to a strong password and run 'omegasafe init' again"),
                row(new ConfigFailure.FileUnreadable(P, "Permission denied"), "list-keys", 1, "cannot read /data/in.bin: Permission denied",
                        "fix the file or recreate it with 'omegasafe init --override-existing'"),
                row(new ConfigFailure.FileNotWritable(P, "Read-only file system"), "set-config", 1,
                        "cannot update /data/in.bin: Read-only file system", "check the file's permissions (ls -l /data/in.bin)"),
                row(new ConfigFailure.InvalidSetting("OFFLINE_MODE", P, "'maybe' is not a boolean"), "list-keys", 1,
                        "invalid OFFLINE_MODE in /data/in.bin: 'maybe' is not a boolean", "fix it with 'omegasafe set-config' or edit the file"),
                row(new ConfigFailure.SecretExposed(P), "encrypt", 1, "/data/in.bin holds TRADITIONAL_ENC_LAYER_PASS and other accounts may read it",
                        "chmod 600 /data/in.bin"),
                row(new ConfigFailure.NotAConfigRoot(DIR), "erase-all", 1, "/data/out is not an OmegaSafe config directory (no config.ini and "
                        + "no OmegaSafe container in it); nothing was removed", "pass the --config-dir of an OmegaSafe configuration"),
                // exported Alphas
                row(new TransferFailure.PassphraseMissing(P), "import-key", 1, "/data/in.bin is protected by a passphrase and none was given",
                        "set OMEGASAFE_EXPORT_PASSPHRASE to the passphrase chosen at export, or run on a terminal to be asked"),
                row(new TransferFailure.PassphraseWrong(P), "import-key", 1, "cannot open /data/in.bin: wrong passphrase, or it was exported for "
                        + "another device's recipient key", "set OMEGASAFE_EXPORT_PASSPHRASE to the passphrase chosen at export, or import on "
                        + "the device whose recipient key the export was made for"),
                row(new TransferFailure.RecipientKeyUnusable("disk full"), "recipient-key", 1,
                        "cannot create or read this device's recipient key: disk full", null));
    }

    static Stream<Arguments> portRows() {
        return Stream.of(
                row(new InvalidRequestException("--max-threads must be at least 1"), "encrypt", 2, "--max-threads must be at least 1",
                        "run 'omegasafe encrypt --help' for usage"),
                row(new NotInitialisedException(DIR), "list-keys", 1, "no OmegaSafe configuration at /data/out",
                        "run 'omegasafe init' (or pass the --config-dir you initialised)"),
                row(new ConfigPasswordMissingException("no configuration password"), "list-keys", 1, "no configuration password",
                        "set OMEGASAFE_CONFIG_PASSWORD or run 'omegasafe init' on this device"),
                row(new SecretStoreUnavailableException("no Secret Service"), "list-keys", 1,
                        "no Secret Service; set OMEGASAFE_CONFIG_PASSWORD instead", "set OMEGASAFE_CONFIG_PASSWORD to the configuration password of this root"),
                row(new ContainerAccessException(ContainerAccessException.Reason.WRONG_PASSWORD, Path.of("/c/omegasafe_keys.sfc"), "x", null),
                        "list-keys", 1, "cannot open omegasafe_keys.sfc: wrong configuration password",
                        "set OMEGASAFE_CONFIG_PASSWORD or run 'omegasafe init' on this device"),
                row(new ContainerAccessException(ContainerAccessException.Reason.INSECURE_PERMISSIONS, Path.of("/c/local_cache.sfc"), "x", null),
                        "encrypt", 1, "local_cache.sfc is accessible by other users: /c/local_cache.sfc", "chmod 600 /c/local_cache.sfc"),
                row(new ConfigFileException(ConfigFileException.Reason.INVALID_SETTING, P, "UPDATE_CHECK", "'x' is not a boolean"), "list-keys", 1,
                        "invalid UPDATE_CHECK in /data/in.bin: 'x' is not a boolean", "fix it with 'omegasafe set-config' or edit the file"),
                row(new TraditionalLayerPasswordException("x", true), "decrypt", 1,
                        "the file is protected by the traditional encryption layer and no password is set",
                        "set OMEGASAFE_TRADITIONAL_ENC_LAYER_PASS (or TRADITIONAL_ENC_LAYER_PASS with 'omegasafe set-config') to the password used when it was encrypted"),
                row(new NotAnEncryptedFileException("not an OmegaSafe encrypted file"), "decrypt", 1, "not an OmegaSafe encrypted file",
                        "check that the input is an OmegaSafe encrypted file and was copied completely"),
                row(new EcsUnavailableException("connection refused"), "encrypt", 3, "ECS unavailable: connection refused",
                        "check the ECS connection and retry later"),
                row(new EcsAuthenticationException("HTTP 401"), "list-keys", 1, "the ECS refused the API key: HTTP 401",
                        "set a valid API key with 'omegasafe edit-ecs --ecs-uuid <ECS_UUID> --update-api-key <API_KEY>'"),
                row(new EcsAuthenticationException("HTTP 401"), "create-http-ecs", 1, "the ECS refused the API key: HTTP 401",
                        "check the API key with the server's operator and run 'omegasafe create-http-ecs' again"),
                row(new DeltaConflictException("seq 3 taken"), "create-key", 1, "Delta conflict in the ECS: seq 3 taken",
                        "run the command again to use the Delta the ECS holds"),
                row(new CapacityExhaustedException("0 left", 0), "fast-forward-claim", 1, "the key iteration is full: 0 left",
                        "run the command again: the next encryption renews the key"),
                row(new EcsException("key unknown"), "view-key", 1, "ECS error: key unknown", null),
                row(new EcsException("SFC ECS file /e/claims.sfc is unsafe: a symbolic link", new ContainerAccessException(
                        ContainerAccessException.Reason.UNSAFE, Path.of("/e/claims.sfc"), "a symbolic link", null)), "encrypt", 1,
                        "ECS error: SFC ECS file /e/claims.sfc is unsafe: a symbolic link",
                        "keep OmegaSafe files in directories only your account owns and can write to, without symbolic links"),
                row(new java.nio.file.InvalidPathException("r\ufffd\ufffdsum\ufffd\ufffd.txt", "Malformed input or input contains unmappable characters"),
                        "decrypt", 1, "the name 'r\ufffd\ufffdsum\ufffd\ufffd.txt' cannot be used with this locale's character set for file names ("
                                + System.getProperty("sun.jnu.encoding") + ")", "run with a UTF-8 locale, for example LC_ALL=C.UTF-8"),
                row(new java.nio.file.InvalidPathException("a\u0000b", "Nul character not allowed"), "decrypt", 2,
                        "Nul character not allowed: a\u0000b", "run 'omegasafe decrypt --help' for usage"),
                row(new IllegalStateException("boom"), "encrypt", 1, "unexpected failure: boom", "rerun with --log-level DEBUG for details"));
    }

    private static Arguments row(Object failure, String command, int exit, String error, String hint) {
        return Arguments.of(failure, command, exit, error, hint);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("rows")
    void everyFailureOfTheCoreHasItsRow(Failure failure, String command, int exit, String error, String hint) {
        FailureTable.Message m = FailureTable.describe(new FailureException(failure), command);
        assertEquals(new FailureTable.Message(exit, error, hint), m);
        assertLine(m);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("portRows")
    void everyPortExceptionHasItsRow(Throwable thrown, String command, int exit, String error, String hint) {
        FailureTable.Message m = FailureTable.describe(thrown, command);
        assertEquals(new FailureTable.Message(exit, error, hint), m);
        assertLine(m);
    }

    /** Lower case first word, no trailing period, one line: the house style of error lines. */
    private static void assertLine(FailureTable.Message m) {
        assertFalse(m.error().endsWith("."), m.error());
        assertFalse(m.error().contains("\n"), m.error());
        assertTrue(m.hint() == null || !m.hint().contains("\n"), m.hint());
    }

    @Test
    void everyFailureKindHasARow() {
        Set<Class<?>> kinds = new HashSet<>();
        collect(Failure.class, kinds);
        Set<Class<?>> covered = new HashSet<>();
        rows().forEach(a -> covered.add(a.get()[0].getClass()));
        kinds.removeAll(covered);
        assertEquals(Set.of(), kinds, "failure kinds without a row in this test");
    }

    private static void collect(Class<?> type, Set<Class<?>> into) {
        if (type.isRecord()) {
            into.add(type);
            return;
        }
        for (Class<?> sub : List.of(type.getPermittedSubclasses())) collect(sub, into);
    }

    @Test
    void aMessageWithSeveralLinesIsCutToItsFirst() {
        assertEquals("ECS error: first", FailureTable.describe(new EcsException("first\nsecond"), "encrypt").error());
    }
}
