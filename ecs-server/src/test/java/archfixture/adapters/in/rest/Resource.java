package archfixture.adapters.in.rest;

/** Fixture: a resource that uses an outbound adapter and a port directly (breaks two rules). */
public class Resource {
    archfixture.adapters.out.Gateway gateway;
    archfixture.application.port.out.SomePort port;
}
