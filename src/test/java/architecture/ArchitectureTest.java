package architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @ParameterizedTest
    @ValueSource(strings = {"domain", "application", "adapters.in", "adapters.out", "adapters.config"})
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
}
