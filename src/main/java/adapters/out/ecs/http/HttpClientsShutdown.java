package adapters.out.ecs.http;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Closes the HTTP ECS clients built during this run when the application stops. */
@Singleton
public class HttpClientsShutdown {
    void onStop(@Observes ShutdownEvent event) {
        HttpClients.closeAll();
    }
}
