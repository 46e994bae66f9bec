package architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The server's hexagon as ArchUnit rules, over packages under {@code prefix} (empty for the product). */
final class LayerRules {
    private LayerRules() { }

    /** The shared domain imports java.* and domain.* only. */
    static ArchRule domainIsPure(String prefix) {
        return classes().that().resideInAPackage(prefix + "domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(prefix + "domain..", "java..");
    }

    /** The application depends on the domain and itself only: no framework, no adapter. */
    static ArchRule applicationDependsOnDomainOnly(String prefix) {
        return classes().that().resideInAPackage(prefix + "application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(prefix + "application..", prefix + "domain..", "java..");
    }

    /** Inbound adapters never use outbound adapters (they go through the use cases). */
    static ArchRule inboundNeverUsesOutbound(String prefix) {
        return noClasses().that().resideInAPackage(prefix + "adapters.in..")
                .should().dependOnClassesThat().resideInAPackage(prefix + "adapters.out..");
    }

    /** Outbound adapters never use inbound adapters. */
    static ArchRule outboundNeverUsesInbound(String prefix) {
        return noClasses().that().resideInAPackage(prefix + "adapters.out..")
                .should().dependOnClassesThat().resideInAPackage(prefix + "adapters.in..");
    }

    /** REST resources call use cases, never the outbound ports directly. */
    static ArchRule restUsesUseCasesNotPorts(String prefix) {
        return noClasses().that().resideInAPackage(prefix + "adapters.in.rest..")
                .should().dependOnClassesThat().resideInAPackage(prefix + "application.port.out..");
    }
}
