package architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules, parameterised by the root package so that the same rules run against the product
 * ({@code ""}) and against a fixture of violating classes ({@code "archfixture."}).
 */
final class LayerRules {
    private LayerRules() { }

    static ArchRule domainIsPure(String root) {
        return classes().that().resideInAPackage(root + "domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + "domain..", "java..")
                .because("the domain is plain Java: no framework, no adapter, no application type");
    }

    static ArchRule applicationDependsOnDomainOnly(String root) {
        return classes().that().resideInAPackage(root + "application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + "application..", root + "domain..", "java..")
                .because("use cases and ports depend on the domain and the JDK only");
    }

    static ArchRule inboundNeverUsesOutbound(String root) {
        return noClasses().that().resideInAPackage(root + "adapters.in..")
                .should().dependOnClassesThat().resideInAPackage(root + "adapters.out..")
                .because("inbound adapters reach the world only through use cases");
    }

    static ArchRule coreFreeOfFrameworks(String root) {
        return noClasses().that().resideInAnyPackage(root + "domain..", root + "application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax..",
                        "picocli..", "com.fasterxml..", "org.jboss..", "io.smallrye..", "org.bouncycastle..",
                        "software.amazon..")
                .because("the core stays framework-free; wiring lives in adapters.config");
    }
}
