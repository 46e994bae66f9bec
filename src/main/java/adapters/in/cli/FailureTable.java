package adapters.in.cli;

import application.port.in.InvalidRequestException;
import application.port.in.failure.ClaimFailure;
import application.port.in.failure.ConfigFailure;
import application.port.in.failure.DeltaFailure;
import application.port.in.failure.EcsFailure;
import application.port.in.failure.Failure;
import application.port.in.failure.FailureException;
import application.port.in.failure.KeyFailure;
import application.port.in.failure.PathFailure;
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
import java.util.UUID;

/**
 * The one table that words failures for people: each failure kind of the core, each port exception and each
 * usage error becomes an exit code, one {@code error:} line and, when something fixes it, one {@code hint:}
 * line. Exit codes: {@value #FAILURE} failure, {@value #USAGE} usage error or invalid input, {@value #UNAVAILABLE}
 * ECS unavailable (retry later; batch schedulers can act on it). The rows for path failures are
 * {@link PathFailureRows}'.
 */
final class FailureTable {
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int UNAVAILABLE = 3;

    /** One row: exit code, error text (lower case, no trailing period), hint text or null. */
    record Message(int exitCode, String error, String hint) { }

    private FailureTable() { }

    /** The row for {@code ex}, raised by command {@code command} (its name, e.g. {@code encrypt}). */
    static Message describe(Throwable ex, String command) {
        return switch (ex) {
            case FailureException f -> describe(f.failure(), command);
            case InvalidRequestException i -> new Message(USAGE, first(i.getMessage()), "run 'omegasafe " + command + " --help' for usage");
            case NotInitialisedException n -> new Message(FAILURE, "no OmegaSafe configuration at " + n.path(),
                    "run 'omegasafe init' (or pass the --config-dir you initialised)");
            case ConfigPasswordMissingException c -> new Message(FAILURE, first(c.getMessage()),
                    "set OMEGASAFE_CONFIG_PASSWORD or run 'omegasafe init' on this device");
            case SecretStoreUnavailableException s -> new Message(FAILURE, first(s.getMessage()),
                    "set OMEGASAFE_CONFIG_PASSWORD to the configuration password of this root");
            case ContainerAccessException c -> container(c);
            case ConfigFileException c -> configFile(c);
            case TraditionalLayerPasswordException t -> t.missing()
                    ? new Message(FAILURE, "the file is protected by the traditional encryption layer and no password is set",
                    "set OMEGASAFE_TRADITIONAL_ENC_LAYER_PASS (or TRADITIONAL_ENC_LAYER_PASS with 'omegasafe set-config') to the "
                            + "password used when it was encrypted")
                    : new Message(FAILURE, "cannot open the file: wrong traditional-layer password",
                    "set OMEGASAFE_TRADITIONAL_ENC_LAYER_PASS to the password used when it was encrypted");
            case NotAnEncryptedFileException n -> new Message(FAILURE, first(n.getMessage()),
                    "check that the input is an OmegaSafe encrypted file and was copied completely");
            case EcsUnavailableException u -> new Message(UNAVAILABLE, "ECS unavailable: " + first(u.getMessage()),
                    "check the ECS connection and retry later");
            case EcsAuthenticationException a -> new Message(FAILURE, "the ECS refused the API key: " + first(a.getMessage()),
                    command.equals("create-http-ecs") || command.equals("init")
                            // nothing was kept: there is no entry to edit yet
                            ? "check the API key with the server's operator and run 'omegasafe " + command + "' again"
                            : "set a valid API key with 'omegasafe edit-ecs --ecs-uuid <ECS_UUID> --update-api-key <API_KEY>'");
            case DeltaConflictException d -> new Message(FAILURE, "Delta conflict in the ECS: " + first(d.getMessage()),
                    "run the command again to use the Delta the ECS holds");
            case CapacityExhaustedException c -> new Message(FAILURE, "the key iteration is full: " + first(c.getMessage()),
                    "run the command again: the next encryption renews the key");
            case EcsException e -> new Message(FAILURE, "ECS error: " + first(e.getMessage()),
                    e.getCause() instanceof ContainerAccessException c ? container(c).hint() : null);
            case java.nio.file.InvalidPathException p when unrepresentable(p) -> new Message(FAILURE, "the name '" + p.getInput()
                    + "' cannot be used with this locale's character set for file names (" + System.getProperty("sun.jnu.encoding") + ")",
                    "run with a UTF-8 locale, for example LC_ALL=C.UTF-8");
            case IllegalArgumentException i -> new Message(USAGE, first(i.getMessage()), "run 'omegasafe " + command + " --help' for usage");
            default -> new Message(FAILURE, "unexpected failure: " + (ex.getMessage() == null ? ex.getClass().getSimpleName()
                    : first(ex.getMessage())), "rerun with --log-level DEBUG for details");
        };
    }

    /** The row for a failure of the core. */
    static Message describe(Failure failure, String command) {
        return switch (failure) {
            case PathFailure p -> PathFailureRows.describe(p, command);
            case KeyFailure k -> key(k);
            case DeltaFailure d -> delta(d);
            case EcsFailure e -> ecs(e);
            case ClaimFailure c -> claim(c);
            case ConfigFailure c -> config(c, command);
            case TransferFailure t -> transfer(t);
        };
    }

    private static Message key(KeyFailure k) {
        UUID key = k.keyUuid();
        return switch (k) {
            case KeyFailure.NoLocalAlpha n -> new Message(FAILURE, "key " + key + " has no local Alpha on this device", importKeyHint(key));
            case KeyFailure.NotLinkedToEcs n -> new Message(FAILURE, "key " + key + " is not linked to any ECS on this device",
                    importKeyHint(key));
            case KeyFailure.FileTooLarge f -> new Message(FAILURE, "file is too large for key " + key + ": it needs "
                    + f.positionsNeeded() + " positions and one key iteration holds " + f.iterationCapacity(),
                    "use a key with a larger capacity (see 'omegasafe create-key')");
            case KeyFailure.NotRegisteredInEcs n -> new Message(FAILURE, "key " + key + " is not registered in ECS '"
                    + n.ecsName() + "' (" + n.ecsUuid() + ") or this account may not use it",
                    "import it with the --ecs-uuid of the ECS where the key was created (see 'omegasafe list-ecs'); on an HTTP "
                            + "ECS, the key's owner must invite this account first");
            case KeyFailure.AlphaMismatch n -> new Message(FAILURE, "the Alpha does not match key " + key + " in the ECS",
                    "export the Alpha again on the device that created the key");
            case KeyFailure.DifferentAlphaPresent n -> new Message(FAILURE, "a different Alpha of key " + key + " is already on this device",
                    "check that the export is the right key; remove the local key with 'omegasafe delete-key --key-uuid " + key
                            + " --local-only' only if the local one is wrong");
            case KeyFailure.LinkedToOtherEcs n -> new Message(FAILURE, "key " + key + " is already linked to ECS " + n.linkedEcsUuid()
                    + " on this device", "import it with --ecs-uuid " + n.linkedEcsUuid());
            case KeyFailure.NotAnAlpha n -> new Message(FAILURE, "the file holds iteration " + n.seq() + " of key " + key + ", not an Alpha",
                    "export the Alpha with 'omegasafe export-key' on the device that has it");
            case KeyFailure.NoDelta n -> n.offlineMode()
                    ? new Message(FAILURE, "key " + key + " has no Delta on this device and OFFLINE_MODE is on",
                    "set OFFLINE_MODE to false ('omegasafe set-config --offline-mode false') so the Delta can be pulled")
                    : new Message(FAILURE, "key " + key + " has no Delta yet", "encrypt a file with the key: the first encryption creates its Delta");
            case KeyFailure.EcsHasNewerDelta n -> new Message(FAILURE, "the ECS has a newer Delta (seq " + n.ecsSeq()
                    + ") than this device (seq " + n.localSeq() + "); nothing was changed",
                    "run 'omegasafe pull-missing-deltas --key-uuid " + key + "' first");
            case KeyFailure.NotEnoughPositions n -> new Message(FAILURE, "Delta " + n.seq() + " of key " + key + " has " + n.remaining()
                    + " positions left, " + n.requested() + " requested", "pass a --claim-size of at most " + n.remaining());
        };
    }

    private static String importKeyHint(UUID key) {
        return "import the key's Alpha on this device: omegasafe import-key --input-file <exported Alpha> --ecs-uuid <ECS_UUID> "
                + "(export it where it is: omegasafe export-key --key-uuid " + key + " --output-path <file>)";
    }

    private static Message delta(DeltaFailure d) {
        UUID key = d.keyUuid();
        return switch (d) {
            case DeltaFailure.NotOnDevice n -> new Message(FAILURE, "Delta " + n.seq() + " of key " + key + " is not on this device",
                    "pull it from the ECS: omegasafe pull-missing-deltas --key-uuid " + key);
            case DeltaFailure.NotOnDeviceEcsUnavailable n -> new Message(UNAVAILABLE, "Delta " + n.seq() + " of key " + key
                    + " is not on this device and the ECS is unavailable (" + first(n.reason()) + ")", "retry when the ECS can be reached");
            case DeltaFailure.Diverged n -> new Message(FAILURE, "Delta sequence " + n.seq() + " of key " + key + " is "
                    + n.localDeltaUuid() + " on this device but " + n.ecsDeltaUuid() + " in the ECS",
                    "keep the ECS as it is and replace this device's copy: 'omegasafe export-key --key-uuid " + key
                            + " --output-path alpha.key', then 'omegasafe delete-key --key-uuid " + key + " --local-only --force', then "
                            + "'omegasafe import-key --input-file alpha.key --ecs-uuid " + n.ecsUuid() + "' (files encrypted here with Delta "
                            + n.localDeltaUuid() + " stay unreadable)");
            case DeltaFailure.RenewalConflict n -> new Message(FAILURE, "key renewal conflicted with the ECS: another device published Delta "
                    + n.seq() + " of key " + key + " first; this renewal was rolled back",
                    "run the command again: it pulls and uses the other device's Delta");
            case DeltaFailure.Inconsistent n -> new Message(FAILURE, "Delta " + n.deltaUuid() + " (seq " + n.seq() + ") from the ECS does "
                    + "not match its record", "the ECS holds an inconsistent Delta for key " + key
                    + "; do not use the key until the ECS's operator resolves it");
            case DeltaFailure.Unreadable n -> new Message(FAILURE, "cannot pull Delta " + n.seq() + " (" + n.deltaUuid() + ") of key " + key
                    + ": " + first(n.reason()), "check that TRADITIONAL_ENC_LAYER_PASS matches the one used where the Delta was made");
            case DeltaFailure.NotADeltaOfKey n -> new Message(FAILURE, "the file is not a Delta of key " + key,
                    "import a Delta file of this key (its sequence number is 1 or more)");
            case DeltaFailure.SequenceTakenLocally n -> new Message(FAILURE, "this device already has a different Delta (" + n.existing()
                    + ") for sequence " + n.seq() + " of key " + key,
                    "import only Deltas the ECS issued; run 'omegasafe pull-missing-deltas --key-uuid " + key + "' when the ECS is reachable");
            case DeltaFailure.OutOfOrder n -> new Message(FAILURE, "Delta sequence " + n.seq() + " does not follow the latest local sequence "
                    + n.latestLocal() + " of key " + key, "import the Deltas in order, starting with sequence " + (n.latestLocal() + 1));
        };
    }

    private static Message ecs(EcsFailure e) {
        return switch (e) {
            case EcsFailure.NotConfigured n -> new Message(FAILURE, "no ECS with UUID " + n.ecsUuid() + " is configured on this device",
                    "run 'omegasafe list-ecs' to see the configured ECS entries, or create one with 'omegasafe create-http-ecs' or "
                            + "'omegasafe create-sfc-ecs'");
            case EcsFailure.DefaultMissing n -> new Message(FAILURE, "ECS_UUID_DEFAULT names ECS " + n.ecsUuid() + ", which is not configured",
                    "pass --ecs-uuid, or fix the default with 'omegasafe set-config --ecs-uuid-default <ECS_UUID>' or "
                            + "'--clear-ecs-uuid-default'");
            case EcsFailure.NoneConfigured n -> new Message(FAILURE, "no ECS is configured on this device",
                    "create one first: 'omegasafe create-http-ecs', or for one device 'omegasafe create-sfc-ecs --ecs-name local "
                            + "--confirm-sfc-ecs'");
            case EcsFailure.Ambiguous n -> new Message(FAILURE, n.count() + " ECS entries are configured and none is the default",
                    "pass --ecs-uuid <ECS_UUID> (see 'omegasafe list-ecs'), or set a default with "
                            + "'omegasafe set-config --ecs-uuid-default <ECS_UUID>'");
            case EcsFailure.NameTaken n -> new Message(FAILURE, "an ECS named '" + n.name() + "' already exists (names ignore case "
                    + "and surrounding blanks)", "choose another name");
            case EcsFailure.PathTaken n -> new Message(FAILURE, "ECS '" + n.otherName() + "' already uses " + n.path(),
                    "choose another file, or use ECS '" + n.otherName() + "'");
            case EcsFailure.StorageNotFound n -> new Message(FAILURE, "ECS " + n.ecsUuid() + " has no storage " + n.storageUuid()
                    + " that this account may use", "run 'omegasafe list-ecs-storages --ecs-uuid " + n.ecsUuid() + "' to see them");
            case EcsFailure.StorageChoiceNeeded n -> new Message(USAGE, "ECS '" + n.ecsName() + "' offers " + n.count()
                    + " storages and none was chosen", "pass --storage-uuid (see 'omegasafe list-ecs-storages --ecs-uuid "
                    + n.ecsUuid() + "'), or run on a terminal to choose");
            case EcsFailure.BackToInternalStorage n -> new Message(FAILURE, "key " + n.keyUuid() + " uses its own storage (BYOS); "
                    + "moving it back to the internal storage is not supported", "choose another BYOS storage, or keep the current one");
            case EcsFailure.WrongType n -> new Message(USAGE, n.operation() + " applies to " + ("SFC".equals(n.actualType()) ? "HTTP" : "SFC")
                    + " ECS only; ECS '" + n.ecsName() + "' (" + n.ecsUuid() + ") is an " + n.actualType() + " ECS",
                    "choose an ECS of the other type (see 'omegasafe list-ecs')");
        };
    }

    private static Message claim(ClaimFailure c) {
        return switch (c) {
            case ClaimFailure.InsufficientOffline i -> new Message(i.ecsUnavailable().isPresent() ? UNAVAILABLE : FAILURE,
                    "insufficient OFFLINE cache: " + i.ecsUnavailable().map(r -> "the ECS is unavailable (" + first(r) + ")")
                            .orElse("OFFLINE_MODE is on") + " and no single OFFLINE claim of key " + i.keyUuid() + " holds "
                            + i.requested() + " positions (largest left: " + i.largestOffline() + ")",
                    i.ecsUnavailable().isPresent()
                            ? "retry when the ECS can be reached, or encrypt a smaller file; raise CACHE_OFFLINE_KEY_CAPACITY_GB to "
                            + "keep more in reserve for offline use"
                            : "set OFFLINE_MODE to false ('omegasafe set-config --offline-mode false') to claim from the ECS, or "
                            + "encrypt a smaller file");
            case ClaimFailure.Unsafe u -> new Message(FAILURE, "unsafe ECS claim rejected: the ECS returned positions "
                    + u.ecsRange().start() + ".." + u.ecsRange().end() + switch (u.breach()) {
                        case AT_OR_BELOW_FLOOR -> ", at or below this device's high-water mark " + u.floor();
                        case OUTSIDE_ITERATION -> ", outside Delta " + u.seq();
                        case WRONG_SIZE -> " (" + u.ecsRange().size() + " positions) for a claim of " + u.asked();
                    } + ", for key " + u.keyUuid() + " (seq " + u.seq() + "); nothing was used or stored",
                    "the ECS " + u.ecsUuid() + " may have been restored from an older backup: stop using the key with it and "
                            + "have its operator fence it (self-hosted server: 'bin/ecs-server fence'); an SFC ECS file restored "
                            + "from a copy must be replaced by the current one");
        };
    }

    private static Message config(ConfigFailure c, String command) {
        return switch (c) {
            case ConfigFailure.AlreadyInitialised a -> new Message(FAILURE, "configuration already exists at " + a.root(),
                    "pass --override-existing to replace it (existing keys and claims become inaccessible)");
            case ConfigFailure.KeyringHoldsPassword k -> new Message(USAGE, "the OS keyring already holds a configuration password",
                    "pass --reuse-password to keep it or --new-password to replace it");
            case ConfigFailure.KeyringUnusable k -> new Message(FAILURE, "the OS keyring cannot hold the configuration password: "
                    + first(k.reason()), "set OMEGASAFE_CONFIG_PASSWORD to a strong password and run 'omegasafe init' again");
            case ConfigFailure.FileUnreadable f -> new Message(FAILURE, "cannot read " + f.file() + ": " + first(f.reason()),
                    "fix the file or recreate it with 'omegasafe init --override-existing'");
            case ConfigFailure.FileNotWritable f -> new Message(FAILURE, "cannot update " + f.file() + ": " + first(f.reason()),
                    "check the file's permissions (ls -l " + f.file() + ")");
            case ConfigFailure.InvalidSetting i -> new Message(FAILURE, "invalid " + i.property() + " in " + i.file() + ": " + first(i.reason()),
                    "fix it with 'omegasafe set-config' or edit the file");
            case ConfigFailure.SecretExposed s -> new Message(FAILURE, s.file() + " holds TRADITIONAL_ENC_LAYER_PASS and other accounts may "
                    + "read it", "chmod 600 " + s.file());
            case ConfigFailure.NotAConfigRoot n -> new Message(FAILURE, n.dir() + " is not an OmegaSafe config directory (no config.ini "
                    + "and no OmegaSafe container in it); nothing was removed", "pass the --config-dir of an OmegaSafe configuration");
        };
    }

    private static Message transfer(TransferFailure t) {
        return switch (t) {
            case TransferFailure.PassphraseMissing p -> new Message(FAILURE, p.file() + " is protected by a passphrase and none was given",
                    "set OMEGASAFE_EXPORT_PASSPHRASE to the passphrase chosen at export, or run on a terminal to be asked");
            case TransferFailure.PassphraseWrong p -> new Message(FAILURE, "cannot open " + p.file()
                    + ": wrong passphrase, or it was exported for another device's recipient key",
                    "set OMEGASAFE_EXPORT_PASSPHRASE to the passphrase chosen at export, or import on the device whose recipient key "
                            + "the export was made for");
            case TransferFailure.RecipientKeyUnusable r -> new Message(FAILURE, "cannot create or read this device's recipient key: "
                    + first(r.reason()), null);
        };
    }

    private static Message container(ContainerAccessException c) {
        String name = c.path() == null || c.path().getFileName() == null ? "container" : c.path().getFileName().toString();
        return switch (c.reason()) {
            case WRONG_PASSWORD -> new Message(FAILURE, "cannot open " + name + ": wrong configuration password",
                    "set OMEGASAFE_CONFIG_PASSWORD or run 'omegasafe init' on this device");
            case PASSWORD_REQUIRED -> new Message(FAILURE, "cannot open " + name + ": no configuration password",
                    "set OMEGASAFE_CONFIG_PASSWORD or run 'omegasafe init' on this device");
            case MISSING -> new Message(FAILURE, "cannot open " + name + ": " + c.path() + " does not exist",
                    "run 'omegasafe init' (or pass the --config-dir you initialised)");
            case INSECURE_PERMISSIONS -> new Message(FAILURE, name + " is accessible by other users: " + c.path(), "chmod 600 " + c.path());
            case DAMAGED -> new Message(FAILURE, "cannot open " + name + ": " + first(c.getMessage()),
                    "restore it from a backup or recreate it with 'omegasafe init --override-existing'");
            case UNSAFE -> new Message(FAILURE, "refusing " + c.path() + ": " + first(c.getMessage()),
                    "keep OmegaSafe files in directories only your account owns and can write to, without symbolic links");
            case IO -> new Message(FAILURE, "cannot use " + name + ": " + first(c.getMessage()), null);
        };
    }

    private static Message configFile(ConfigFileException c) {
        return config(switch (c.reason()) {
            case UNREADABLE -> new ConfigFailure.FileUnreadable(c.file(), c.getMessage());
            case INVALID_SETTING -> new ConfigFailure.InvalidSetting(c.property(), c.file(), c.getMessage());
            case NOT_WRITABLE -> new ConfigFailure.FileNotWritable(c.file(), c.getMessage());
            case SECRET_EXPOSED -> new ConfigFailure.SecretExposed(c.file());
        }, "");
    }

    /** True when {@code p} failed because the file-name character set cannot hold one of its characters. */
    static boolean unrepresentable(java.nio.file.InvalidPathException p) {
        return p.getReason() != null && p.getReason().contains("unmappable characters");
    }

    /** The first line of {@code s} (messages are one line; a cause's detail may not be). */
    static String first(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
