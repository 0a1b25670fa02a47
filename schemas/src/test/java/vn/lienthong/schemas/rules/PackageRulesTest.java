package vn.lienthong.schemas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;

/** Each invalid fixture breaks exactly one business rule, and is reported with element, rule and value. */
class PackageRulesTest {

    private final PackageRules rules = new PackageRules(Fixtures.TODAY);

    @ParameterizedTest
    @ValueSource(strings = {"valid-new-document.xml", "valid-header-reordered.xml", "valid-status-03.xml"})
    void validFixturesBreakNoRule(String fixture) {
        assertThat(check(fixture)).isEmpty();
    }

    @Test
    void missingSubject() {
        assertThat(check("invalid-missing-subject.xml"))
                .containsExactly(new Violation("MessageHeader/Subject", "required", ""));
    }

    @Test
    void subjectTooLong() {
        List<Violation> violations = check("invalid-subject-too-long.xml");

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.element()).isEqualTo("MessageHeader/Subject");
            assertThat(v.rule()).isEqualTo("max-length 500");
            assertThat(v.ruleId()).isEqualTo("max-length");
            assertThat(v.value()).startsWith("Về việc tổ chức kỳ thi chọn học sinh giỏi").endsWith("…");
            assertThat(v.value().codePointCount(0, v.value().length())).isEqualTo(101);
        });
    }

    @Test
    void badAgencyCode() {
        assertThat(check("invalid-bad-agency-code.xml")).containsExactly(
                new Violation("MessageHeader/To[2]/OrganId", "agency-code-format AAA.BB.CC.DDD", "G03-BGDDT"));
    }

    @Test
    void duplicateRecipient() {
        assertThat(check("invalid-duplicate-recipient.xml")).containsExactly(
                new Violation("MessageHeader/To[2]/OrganId", "no-duplicate-recipient", "000.20.31.H53"));
    }

    @Test
    void futureDate() {
        assertThat(check("invalid-future-date.xml")).containsExactly(
                new Violation("MessageHeader/PromulgationInfo/PromulgationDate", "not-in-future", "2026/11/22"));
    }

    @Test
    void badDateFormat() {
        assertThat(check("invalid-bad-date-format.xml")).containsExactly(
                new Violation("MessageHeader/PromulgationInfo/PromulgationDate",
                        "date-format yyyy/MM/dd (or dd/MM/yyyy)", "2026-11-20"));
    }

    @Test
    void badBase64QuotesTheTextFromTheFirstBadCharacter() {
        assertThat(check("invalid-bad-base64.xml")).singleElement().satisfies(v -> {
            assertThat(v.element()).isEqualTo("AttachmentEncoded/Attachment[1]/ContentTransferEncoded");
            assertThat(v.rule()).isEqualTo("base64");
            assertThat(v.value()).startsWith("%%% not base64 %%%");
        });
    }

    @Test
    void unsafeAttachmentName() {
        assertThat(check("invalid-unsafe-attachment-name.xml")).containsExactly(
                new Violation("AttachmentEncoded/Attachment[1]/AttachmentName", "safe-file-name",
                        "../../etc/cron.d/123_QĐ-SGDĐT.pdf"));
    }

    @Test
    void unresolvedReference() {
        assertThat(check("invalid-unresolved-reference.xml")).containsExactly(
                new Violation("edXMLBody/edXMLManifest/Reference[1]/ContentId", "reference-resolves",
                        "cid:phu-luc-01"));
    }

    @Test
    void unknownStatusCode() {
        assertThat(check("invalid-status-code.xml"))
                .containsExactly(new Violation("MessageHeader/StatusCode", "status-code", "07"));
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.header().setSubject(null);
        letter.header().getTo().get(1).setOrganId("000.00.13.H53");

        assertThat(rules.check(letter)).extracting(Violation::ruleId)
                .containsExactlyInAnyOrder("required", "recipient-is-sender");
    }

    private List<Violation> check(String fixture) {
        return rules.check(Fixtures.parsed(fixture));
    }
}
