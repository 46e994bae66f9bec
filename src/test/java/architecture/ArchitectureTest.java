package architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hexagonal rules hold for the product, each rule can fail, and no rule checks an empty layer. */
class ArchitectureTest {
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("domain", "application", "adapters");
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("archfixture");

    @Test
    void domainIsPure() {
        LayerRules.domainIsPure("").check(PRODUCT);
    }

    @Test
    void applicationDependsOnDomainOnly() {
        LayerRules.applicationDependsOnDomainOnly("").check(PRODUCT);
    }

    @Test
    void inboundAdaptersNeverUseOutboundAdapters() {
        LayerRules.inboundNeverUsesOutbound("").check(PRODUCT);
    }

    @Test
    void coreIsFreeOfFrameworks() {
        LayerRules.coreFreeOfFrameworks("").check(PRODUCT);
    }

    @Test
    void servicePackagesFormNoCycle() {
        LayerRules.servicePackagesFormNoCycle("").check(PRODUCT);
    }

    @Test
    void portsNeverUseServices() {
        LayerRules.portsNeverUseServices("").check(PRODUCT);
    }

    @Test
    void adaptersUseServicesOnlyInWiring() {
        LayerRules.adaptersUseServicesOnlyInWiring("").check(PRODUCT);
    }

    @Test
    void outboundFamiliesShareOnlyPrimitives() {
        LayerRules.outboundFamiliesShareOnlyPrimitives("").check(PRODUCT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"domain", "application", "application.port", "application.service", "adapters.in", "adapters.out",
        "adapters.out.fs", "adapters.out.container", "adapters.config"})
    void everyLayerHasClasses(String pkg) {
        assertFalse(PRODUCT.stream().noneMatch(c -> c.getPackageName().startsWith(pkg)),
                "layer " + pkg + " is empty, so its rules would check nothing");
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
    void frameworkRuleCatchesJacksonInTheCore() {
        assertThrows(AssertionError.class, () -> LayerRules.coreFreeOfFrameworks("archfixture.").check(FIXTURE));
    }

    @Test
    void cycleRuleCatchesTwoServicePackagesUsingEachOther() {
        assertThrows(AssertionError.class, () -> LayerRules.servicePackagesFormNoCycle("archfixture.").check(FIXTURE));
    }

    @Test
    void portRuleCatchesAPortImportingAService() {
        assertThrows(AssertionError.class, () -> LayerRules.portsNeverUseServices("archfixture.").check(FIXTURE));
    }

    @Test
    void serviceRuleCatchesAnAdapterImportingAService() {
        assertThrows(AssertionError.class, () -> LayerRules.adaptersUseServicesOnlyInWiring("archfixture.").check(FIXTURE));
    }

    @Test
    void familyRuleCatchesOneFamilyUsingAnotherButAllowsTheSharedPrimitives() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> LayerRules.outboundFamiliesShareOnlyPrimitives("archfixture.").check(FIXTURE));
        assertTrue(e.getMessage().contains("BetaAdapter"), e.getMessage());
        assertFalse(e.getMessage().contains("SharedPrimitive"), "fs is a shared primitive: " + e.getMessage());
    }
}
