package archfixture.application.port;

/** Fixture: a port that imports a service (must break the port rule). */
public interface PortUsingService {
    archfixture.application.service.first.FirstService service();
}
