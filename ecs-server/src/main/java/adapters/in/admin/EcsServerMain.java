package adapters.in.admin;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The process: {@code serve} (default) runs the server until SIGTERM and prints {@code ready: https://HOST:PORT}
 * once it accepts requests; any other first argument runs an operator's command and exits with its code.
 */
@QuarkusMain
public class EcsServerMain implements QuarkusApplication {
    @Inject
    AdminCommands admin;
    @Inject
    adapters.config.EcsConfig config;
    @ConfigProperty(name = "quarkus.http.ssl-port", defaultValue = "8443")
    int port;

    @Override
    public int run(String... args) {
        if (args.length == 0 || args[0].equals("serve")) {
            System.out.println("ready: https://" + config.advertisedHost() + ":" + port);
            System.out.flush();
            Quarkus.waitForExit();
            return 0;
        }
        return admin.run(List.of(args), System.out, System.err);
    }
}
