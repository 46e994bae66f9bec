package archfixture.adapters.out;

/** Fixture: an outbound adapter. */
public class SomeAdapter { }
