package archfixture.adapters.in;

/** Fixture: an inbound adapter that reaches an outbound adapter directly (must break the inbound rule). */
public class CommandUsingAdapter {
    public Object run() { return new archfixture.adapters.out.SomeAdapter(); }
}
