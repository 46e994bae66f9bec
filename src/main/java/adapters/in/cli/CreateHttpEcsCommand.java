package adapters.in.cli;

import application.port.in.CreateEcsUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe create-http-ecs}: a connection to the OmegaSafe API, kept only when it accepts the API key. */
@Command(name = "create-http-ecs", mixinStandardHelpOptions = true,
        description = "Create an HTTP ECS configuration entry. Skip arguments for interactive setup.")
public class CreateHttpEcsCommand extends BaseCommand {
    @Option(names = {"-n", "--ecs-name"}, paramLabel = "<ECS_NAME>", description = "HTTP ECS display name.")
    String name;

    @Option(names = {"-u", "--api-url"}, paramLabel = "<API_URL>", description = "HTTP ECS API base URL (host[:port][/base], no scheme).")
    String url;

    @Option(names = {"-k", "--api-key"}, paramLabel = "<API_KEY>",
            description = "HTTP ECS API key; '-' reads it from standard input (asked without echo on a terminal).")
    String apiKey;

    @Option(names = {"-v", "--dev-mode"}, description = "Enable development mode (skip certificate verification).")
    boolean devMode;

    @Override
    protected int execute() {
        var ws = workspace();
        HttpEcsValues v = HttpEcsValues.complete(this, name, url, apiKey, devMode, "--ecs-name", "--api-url", "--api-key");
        CreateEcsUseCase.Result r = ws.createEcs().create(new CreateEcsUseCase.Request.Http(v.name(), v.url(), v.apiKey(), v.devMode()));
        printCreated(this, r);
        return 0;
    }

    static void printCreated(BaseCommand c, CreateEcsUseCase.Result r) {
        c.out().println("HTTP ECS created: " + Printable.escape(r.location()));
        c.out().println("  ECS UUID: " + r.ecsUuid());
        c.out().println("  ECS name: " + Printable.escape(r.name()));
    }
}
