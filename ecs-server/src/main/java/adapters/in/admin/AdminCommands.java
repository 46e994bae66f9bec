package adapters.in.admin;

import application.failure.EcsFailure;
import application.port.in.FenceKeys;
import application.port.in.ManageUsers;
import jakarta.inject.Singleton;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The operator's commands. Exit codes: 0 done, 1 failed, 2 usage error. The API key of create-user and
 * create-api-key is the last line of stdout and appears nowhere else.
 */
@Singleton
public class AdminCommands {
    static final String USAGE = """
            usage: ecs-server create-user --email ADDRESS
                   ecs-server create-api-key --email ADDRESS
                   ecs-server revoke-api-key --api-key-uuid UUID
                   ecs-server fence (--key-uuid UUID | --all)""";
    private final ManageUsers users;
    private final FenceKeys fence;

    /** Wires the use cases. */
    public AdminCommands(ManageUsers users, FenceKeys fence) {
        this.users = users;
        this.fence = fence;
    }

    /** Runs one command; {@code args[0]} names it. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            return switch (args.getFirst()) {
                case "create-user" -> printKey(users.createUser(option(args, "--email")), "created user", out);
                case "create-api-key" -> printKey(users.createApiKey(option(args, "--email")), "created API key for user", out);
                case "revoke-api-key" -> {
                    users.revokeApiKey(uuid(option(args, "--api-key-uuid"), "--api-key-uuid"));
                    out.println("revoked API key " + option(args, "--api-key-uuid"));
                    yield 0;
                }
                case "fence" -> fence(args, out);
                default -> usage(err, "unknown command " + args.getFirst());
            };
        } catch (UsageError e) {
            return usage(err, e.getMessage());
        } catch (EcsFailure | ManageUsers.UserExists e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private int fence(List<String> args, PrintStream out) {
        Optional<UUID> key = args.contains("--all") ? Optional.empty() : Optional.of(uuid(option(args, "--key-uuid"), "--key-uuid"));
        List<FenceKeys.Outcome> outcomes = fence.fence(key);
        if (outcomes.isEmpty()) {
            out.println(key.map(k -> "key " + k + " is not fenced; nothing to do").orElse("no key is fenced; nothing to do"));
            return 0;
        }
        for (FenceKeys.Outcome o : outcomes) {
            out.println("fenced key " + o.keyUuid() + ": " + (o.keyExists() ? "fast-forwarded " + o.fastForwarded()
                    : "not in the database") + (o.pendingFloors().isEmpty() ? "" : "; floors kept for unregistered iterations "
                    + o.pendingFloors()) + "; claims resume");
        }
        return 0;
    }

    private static int printKey(ManageUsers.NewApiKey k, String what, PrintStream out) {
        out.println(what + " " + k.email() + " (user_uuid " + k.userUuid() + ")");
        out.println("api_key_uuid: " + k.apiKeyUuid());
        out.println("the API key follows on the last line; it is shown once and stored only as a hash:");
        out.println(k.token());
        return 0;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("error: " + problem);
        err.println(USAGE);
        return 2;
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size()) throw new UsageError("missing " + name);
        return args.get(i + 1);
    }

    private static UUID uuid(String value, String name) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new UsageError(name + " must be a UUID");
        }
    }

    private static final class UsageError extends RuntimeException {
        UsageError(String message) { super(message, null, false, false); }
    }
}
