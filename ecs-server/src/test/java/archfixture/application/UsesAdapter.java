package archfixture.application;

/** Fixture: an application class that uses an adapter (breaks applicationDependsOnDomainOnly). */
public class UsesAdapter {
    archfixture.adapters.out.Gateway gateway;
}
