package archfixture.domain;

/** Fixture: a domain class that uses a framework type (breaks domainIsPure). */
public class ImpureRule {
    jakarta.inject.Provider<String> framework;
}
