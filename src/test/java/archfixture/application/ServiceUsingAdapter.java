package archfixture.application;

/** Fixture: an application class that uses an outbound adapter and Jackson (must break two rules). */
public class ServiceUsingAdapter {
    public archfixture.adapters.out.SomeAdapter adapter() { return new archfixture.adapters.out.SomeAdapter(); }

    public com.fasterxml.jackson.databind.ObjectMapper mapper() { return null; }
}
