package adapters.out.ecs.http;

import application.port.out.HttpEcsEntry;
import application.port.out.UpdateCheck;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The update check against an HTTP ECS: {@code GET /v1/cli/version} with 2 s timeouts ({@link HttpClients#UPDATE_CHECK});
 * any failure, or no answer in time, is "nothing announced".
 */
public final class HttpUpdateCheck implements UpdateCheck {
    private static final Logger LOG = Logger.getLogger(HttpUpdateCheck.class.getName());

    @Override
    public Optional<String> latestVersion(HttpEcsEntry entry) {
        try {
            HttpClients.EcsClient client = HttpClients.of(entry, HttpClients.UPDATE_CHECK);
            EcsApi.CliVersion v = client.failures().call(() -> client.api().cliVersion());
            return Optional.ofNullable(v == null ? null : v.latestVersion()).map(String::strip).filter(s -> !s.isEmpty());
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "update check against " + entry.url() + " failed: " + e.getMessage(), e);
            return Optional.empty();
        }
    }
}
