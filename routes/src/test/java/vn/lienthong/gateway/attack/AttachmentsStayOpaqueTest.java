package vn.lienthong.gateway.attack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The gateway never decompresses anything: no class of the schemas, signatures, connectors or application touches
 * {@code java.util.zip}, so a zip bomb in an attachment stays a few kilobytes of opaque base64 wherever it goes.
 */
class AttachmentsStayOpaqueTest {

    @Test
    void noGatewayCodeCanInflateAnArchive() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.lienthong");

        noClasses().that().resideInAnyPackage("vn.lienthong.schemas..", "vn.lienthong.signatures..",
                        "vn.lienthong.connectors..", "vn.lienthong.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage("java.util.zip..")
                .because("attachments are carried as opaque bytes, never expanded")
                .check(production);
    }
}
