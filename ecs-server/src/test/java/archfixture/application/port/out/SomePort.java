package archfixture.application.port.out;

/** Fixture: a port. */
public interface SomePort { }
