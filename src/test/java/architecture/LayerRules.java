package architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

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

    /** The service packages ({@code application.service.claim}, {@code .key}, ...) form no cycle. */
    static ArchRule servicePackagesFormNoCycle(String root) {
        return slices().matching(root + "application.service.(*)..").should().beFreeOfCycles()
                .because("services build on each other in one direction: shared, claim, stream, delta, then the use cases");
    }

    /** Ports are contracts: they never depend on a service. */
    static ArchRule portsNeverUseServices(String root) {
        return noClasses().that().resideInAPackage(root + "application.port..")
                .should().dependOnClassesThat().resideInAPackage(root + "application.service..")
                .because("a port says what the core needs; services implement use cases behind the ports");
    }

    /** Adapters reach services only through the wiring package. */
    static ArchRule adaptersUseServicesOnlyInWiring(String root) {
        return noClasses().that().resideInAPackage(root + "adapters..").and().resideOutsideOfPackage(root + "adapters.config..")
                .should().dependOnClassesThat().resideInAPackage(root + "application.service..")
                .because("inbound adapters use the use-case ports; only the wiring builds services");
    }

    /**
     * Outbound adapter families ({@code adapters.out.X}) never depend on each other, except on the shared
     * primitives: {@code adapters.out.fs} (atomic files, locks, permissions, local containers),
     * {@code adapters.out.container} (the Secure File Container format) and {@code adapters.out.export} (protected
     * export files and the recipient key).
     */
    static ArchRule outboundFamiliesShareOnlyPrimitives(String root) {
        DescribedPredicate<JavaClass> sharedPrimitive = JavaClass.Predicates.resideInAnyPackage(root + "adapters.out.fs..",
                root + "adapters.out.container..", root + "adapters.out.export..");
        return slices().matching(root + "adapters.out.(*)..").should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), sharedPrimitive)
                .because("each outbound family is one technology; they share only fs, container and export");
    }
}
