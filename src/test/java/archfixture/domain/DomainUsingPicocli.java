package archfixture.domain;

/** Fixture: a domain class that uses a framework type (must break the domain rule). */
public class DomainUsingPicocli {
    public picocli.CommandLine commandLine() { return null; }
}
