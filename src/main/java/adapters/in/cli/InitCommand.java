package adapters.in.cli;

import application.port.in.InitUseCase;
import application.port.in.InitUseCase.ExistingConfig;
import application.port.in.InitUseCase.PasswordChoice;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe init}: config.ini, the three containers and the configuration password. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Initialize local OmegaSafe configuration, containers, and optionally an HTTP ECS connection.")
public class InitCommand extends BaseCommand {

    @Option(names = {"-c", "--create-http-ecs"}, description = "Create HTTP ECS during init by CLI arguments.")
    boolean createHttpEcs;
    @Option(names = {"-k", "--http-ecs-api-key"}, paramLabel = "<HTTP_ECS_API_KEY>", description = "HTTP ECS API key.")
    String httpApiKey;
    @Option(names = {"-n", "--http-ecs-name"}, paramLabel = "<HTTP_ECS_NAME>", description = "HTTP ECS display name.")
    String httpName;
    @Option(names = {"-u", "--http-ecs-url"}, paramLabel = "<HTTP_ECS_URL>",
            description = "HTTP ECS base URL (host[:port][/base], no scheme).")
    String httpUrl;
    @Option(names = {"-v", "--http-ecs-dev-mode"}, description = "Enable HTTP ECS development mode (skip certificate verification).")
    boolean httpDevMode;
    @Option(names = {"-s", "--skip-http-ecs"}, description = "Skip HTTP ECS setup prompt.")
    boolean skipHttpEcs;

    @ArgGroup(exclusive = true)
    Existing existing;

    static class Existing {
        @Option(names = {"-o", "--override-existing"}, description = "Overwrite existing configuration without prompt.")
        boolean override;
        @Option(names = {"-x", "--no-override"}, description = "Refuse to overwrite existing configuration.")
        boolean refuse;
    }

    @ArgGroup(exclusive = true)
    Password password;

    static class Password {
        @Option(names = {"-p", "--new-password"},
                description = "Generate a new config password (existing encrypted containers become inaccessible).")
        boolean generate;
        @Option(names = {"-r", "--reuse-password"}, description = "Reuse existing keyring password without prompt.")
        boolean reuse;
    }

    @Override
    protected int execute() {
        if (createHttpEcs && skipHttpEcs) throw missing("--create-http-ecs and --skip-http-ecs exclude each other");
        if (!createHttpEcs && (httpName != null || httpUrl != null || httpApiKey != null || httpDevMode)) {
            throw missing("--http-ecs-name, --http-ecs-url, --http-ecs-api-key and --http-ecs-dev-mode need --create-http-ecs");
        }
        var ws = wiring.open(common.configDir, true);
        InitUseCase init = ws.init();
        ExistingConfig mode = existing == null ? ExistingConfig.ASK_REFUSE
                : existing.override ? ExistingConfig.OVERRIDE : ExistingConfig.REFUSE;
        if (init.alreadyInitialised()) {
            out().println("Configuration already exists at " + Printable.escape(ws.root()));
            if (mode == ExistingConfig.REFUSE) {
                out().println("Initialization cancelled (--no-override).");
                return 1;
            }
            if (mode == ExistingConfig.ASK_REFUSE) {
                if (!interactive()) {
                    throw missing("configuration already exists at " + ws.root()
                            + "; pass --override-existing to replace it or --no-override to keep it");
                }
                if (!confirm("Overwrite it? Existing keys and claims become inaccessible.", false)) {
                    out().println("Operation aborted.");
                    return 1;
                }
                mode = ExistingConfig.OVERRIDE;
            }
        }
        PasswordChoice choice = password == null ? PasswordChoice.UNDECIDED
                : password.generate ? PasswordChoice.NEW : PasswordChoice.REUSE;
        if (choice == PasswordChoice.UNDECIDED && init.keyringHasPassword()) {
            if (!interactive()) {
                throw missing("the OS keyring already holds a configuration password; pass --reuse-password or --new-password");
            }
            choice = confirm("Reuse the configuration password stored in the OS keyring?", true)
                    ? PasswordChoice.REUSE : PasswordChoice.NEW;
        }
        boolean askHttp = !createHttpEcs && !skipHttpEcs && interactive()
                && confirm("Configure an HTTP ECS connection (the OmegaSafe API) now?", true);
        HttpEcsValues http = createHttpEcs || askHttp ? HttpEcsValues.complete(this, httpName, httpUrl, httpApiKey, httpDevMode,
                "--http-ecs-name", "--http-ecs-url", "--http-ecs-api-key") : null;
        InitUseCase.Result r = init.init(new InitUseCase.Request(mode, choice));
        var out = out();
        out.println("OmegaSafe initialized.");
        out.println("  Configuration directory: " + Printable.escape(r.configRoot()));
        out.println("  Configuration file:      " + Printable.escape(r.configFile()));
        for (Path c : r.containers()) out.println("  Container:               " + Printable.escape(c));
        out.println("  Configuration password:  " + switch (r.passwordSource()) {
            case ENVIRONMENT -> "from OMEGASAFE_CONFIG_PASSWORD";
            case KEYRING_REUSED -> "reused from the OS keyring";
            case KEYRING_NEW -> "generated and stored in the OS keyring";
        });
        if (http != null) {
            CreateHttpEcsCommand.printCreated(this, wiring.open(common.configDir, false).createEcs().create(
                    new application.port.in.CreateEcsUseCase.Request.Http(http.name(), http.url(), http.apiKey(), http.devMode())));
        }
        out.println("Next steps:");
        if (http == null) out.println("  omegasafe create-http-ecs" + dirFlag() + "   (or, for one device: omegasafe create-sfc-ecs "
                + "--ecs-name local --confirm-sfc-ecs" + dirFlag() + ")");
        out.println("  omegasafe create-key --key-name my-key --nucleus-size-mb 0.25 --rotor-size-mb 0.25 --number-of-rotors 3" + dirFlag());
        return 0;
    }

    @Override
    protected boolean checksForUpdates() {
        return false;
    }

    private String dirFlag() {
        return common.configDir == null ? "" : " --config-dir " + common.configDir;
    }
}
