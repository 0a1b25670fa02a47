package vn.lienthong.gateway.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the dependencies pointing inward, as STYLE.md's layout promises: schemas ← connectors ← the application. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.lienthong");
    }

    @Test
    void schemasDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage("vn.lienthong.schemas..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.connectors..",
                        "vn.lienthong.signatures..", "vn.lienthong.gateway..")
                .check(classes);
    }

    @Test
    void signaturesDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage("vn.lienthong.signatures..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.schemas..",
                        "vn.lienthong.connectors..", "vn.lienthong.gateway..")
                .check(classes);
    }

    @Test
    void connectorsDoNotKnowTheApplication() {
        noClasses().that().resideInAPackage("vn.lienthong.connectors..")
                .should().dependOnClassesThat().resideInAPackage("vn.lienthong.gateway..")
                .check(classes);
    }

    /** A transport plugs into the SPI; the SPI names no transport, so adding one edits nothing in it. */
    @Test
    void theTransportSpiKnowsNoTransport() {
        noClasses().that().resideInAPackage("vn.lienthong.connectors.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.connectors.rest..",
                        "vn.lienthong.connectors.soap..", "vn.lienthong.connectors.vdxp..",
                        "vn.lienthong.connectors.lgsp..", "vn.lienthong.connectors.folder..",
                        "vn.lienthong.connectors.inbox..",
                        "vn.lienthong.connectors.config..", "vn.lienthong.connectors.dispatch..")
                .check(classes);
    }

    @Test
    void theStoreDoesNotReachUpIntoTheAdaptersOrRoutes() {
        noClasses().that().resideInAPackage("vn.lienthong.gateway.store..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.gateway.api..",
                        "vn.lienthong.gateway.intake..", "vn.lienthong.gateway.dispatch..")
                .check(classes);
    }

    @Test
    void theRefusalModelKnowsNoChannelThatRendersIt() {
        noClasses().that().resideInAPackage("vn.lienthong.gateway.refusal..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.gateway.api..",
                        "vn.lienthong.gateway.soap..", "vn.lienthong.gateway.intake..",
                        "vn.lienthong.gateway.platformapi..", "org.springframework.web..", "org.apache.cxf..")
                .check(classes);
    }

    @Test
    void routesAndTransportsNeverTalkToTheDatabaseDirectly() {
        noClasses().that().resideInAnyPackage("vn.lienthong.gateway.api..", "vn.lienthong.gateway.dispatch..",
                        "vn.lienthong.gateway.intake..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .check(classes);
    }

    /** A zip bomb in an attachment stays a few kilobytes of opaque base64: nothing of ours can inflate it. */
    @Test
    void noGatewayCodeCanInflateAnArchive() {
        noClasses().that().resideInAnyPackage("vn.lienthong.schemas..", "vn.lienthong.signatures..",
                        "vn.lienthong.connectors..", "vn.lienthong.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage("java.util.zip..")
                .because("attachments are carried as opaque bytes, never expanded")
                .check(classes);
    }
}
