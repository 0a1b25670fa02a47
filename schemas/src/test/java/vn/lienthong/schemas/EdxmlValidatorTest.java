package vn.lienthong.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import vn.lienthong.schemas.model.PackageKind;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;
import vn.lienthong.schemas.rules.PackageRules;

class EdxmlValidatorTest {

    private final EdxmlValidator validator = new EdxmlValidator(Fixtures.READER, new PackageRules(Fixtures.TODAY));

    @Test
    void aValidPackageIsReturnedParsed() {
        ParsedPackage letter = validator.validate(Fixtures.bytes("valid-new-document.xml"));

        assertThat(letter.kind()).isEqualTo(PackageKind.DOCUMENT);
        assertThat(letter.documentId()).isEqualTo("000.00.13.H53,2026/11/20,123/QĐ-SGDĐT");
    }

    @Test
    void aRuleViolationIsThrown() {
        PackageRejectedException e = catchThrowableOfType(
                () -> validator.validate(Fixtures.bytes("invalid-missing-subject.xml")), PackageRejectedException.class);

        assertThat(e.violations()).containsExactly(new Violation("MessageHeader/Subject", "required", ""));
        assertThat(e).hasMessage("MessageHeader/Subject: required");
    }

    @Test
    void aReaderRejectionStopsBeforeTheRules() {
        PackageRejectedException e = catchThrowableOfType(
                () -> validator.validate(Fixtures.bytes("invalid-doctype.xml")), PackageRejectedException.class);

        assertThat(e.violations()).extracting(Violation::rule).containsExactly("no-doctype");
    }

    @Test
    void theClockConstructorBuildsAWorkingValidator() {
        EdxmlValidator standalone = new EdxmlValidator(Fixtures.TODAY);

        assertThat(standalone.validate(Fixtures.bytes("valid-status-03.xml")).statusCode()).isEqualTo("03");
    }
}
