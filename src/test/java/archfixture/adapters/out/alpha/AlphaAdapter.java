package archfixture.adapters.out.alpha;

/**
 * Fixture: an outbound adapter that uses another adapter family (must break the family rule) and a service
 * (must break the service rule); its use of the shared primitives in {@code fs} is allowed.
 */
public class AlphaAdapter {
    public archfixture.adapters.out.beta.BetaAdapter other() { return null; }

    public archfixture.adapters.out.fs.SharedPrimitive shared() { return null; }

    public archfixture.application.service.first.FirstService service() { return null; }
}
