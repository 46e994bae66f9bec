package architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server's hexagon holds, each rule can fail (on the fixture), and no rule checks an empty layer. */
class ArchitectureTest {
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("domain", "application", "adapters");
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("archfixture");

    @Test
    void domainIsPure() { LayerRules.domainIsPure("").check(PRODUCT); }

    @Test
    void applicationDependsOnDomainOnly() { LayerRules.applicationDependsOnDomainOnly("").check(PRODUCT); }

    @Test
    void inboundAdaptersNeverUseOutboundAdapters() { LayerRules.inboundNeverUsesOutbound("").check(PRODUCT); }

    @Test
    void outboundAdaptersNeverUseInboundAdapters() { LayerRules.outboundNeverUsesInbound("").check(PRODUCT); }

    @Test
    void restResourcesCallUseCasesNotPorts() { LayerRules.restUsesUseCasesNotPorts("").check(PRODUCT); }

    @Test
    void everyServiceImplementsAUseCase() {
        for (JavaClass c : PRODUCT) {
            if (c.getPackageName().equals("application.service") && c.getSimpleName().endsWith("Service")) {
                assertTrue(c.getRawInterfaces().stream().anyMatch(i -> i.getPackageName().equals("application.port.in")),
                        c.getName() + " implements no use case of application.port.in");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"domain.ecs", "domain.position", "application.port.in", "application.port.out", "application.service",
            "application.access", "adapters.in.rest", "adapters.in.admin", "adapters.in.lifecycle", "adapters.out.postgres",
            "adapters.out.s3", "adapters.config"})
    void everyLayerHasClasses(String pkg) {
        assertFalse(PRODUCT.stream().noneMatch(c -> c.getPackageName().startsWith(pkg)), "layer " + pkg + " is empty");
    }

    @Test
    void domainRuleCatchesAFrameworkImport() {
        assertThrows(AssertionError.class, () -> LayerRules.domainIsPure("archfixture.").check(FIXTURE));
    }

    @Test
    void applicationRuleCatchesAnAdapterDependency() {
        assertThrows(AssertionError.class, () -> LayerRules.applicationDependsOnDomainOnly("archfixture.").check(FIXTURE));
    }

    @Test
    void inboundRuleCatchesAnOutboundDependency() {
        assertThrows(AssertionError.class, () -> LayerRules.inboundNeverUsesOutbound("archfixture.").check(FIXTURE));
    }

    @Test
    void outboundRuleCatchesAnInboundDependency() {
        assertThrows(AssertionError.class, () -> LayerRules.outboundNeverUsesInbound("archfixture.").check(FIXTURE));
    }

    @Test
    void restRuleCatchesAPortDependency() {
        assertThrows(AssertionError.class, () -> LayerRules.restUsesUseCasesNotPorts("archfixture.").check(FIXTURE));
    }
}
