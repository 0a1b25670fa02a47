package vn.lienthong.gateway.platformapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.vdxp.VdxpErrorCode;
import vn.lienthong.connectors.vdxp.VdxpRefusal;
import vn.lienthong.gateway.api.PackageTooLargeException;
import vn.lienthong.gateway.inbox.InboxItemNotFoundException;
import vn.lienthong.gateway.intake.InsufficientStorageException;
import vn.lienthong.gateway.intake.SenderNotAllowedException;
import vn.lienthong.gateway.refusal.Refusal;
import vn.lienthong.schemas.model.Violation;

/** The platform API's rendering of a refusal: the platform's error code and an ErrorDesc in its words. */
class PlatformRefusalsTest {

    @Test
    void anInvalidPackageListsItsViolations() {
        VdxpRefusal refusal = PlatformRefusals.of(Refusal.invalidPackage(List.of(
                new Violation("MessageHeader/Subject", "required", ""),
                new Violation("MessageHeader/PromulgationInfo/PromulgationDate", "date-format yyyy/MM/dd",
                        "ngày 20 tháng 11"))));

        assertThat(refusal.code()).isEqualTo(VdxpErrorCode.INVALID_PACKAGE);
        assertThat(refusal.getMessage()).isEqualTo("MessageHeader/Subject: required; "
                + "MessageHeader/PromulgationInfo/PromulgationDate: date-format yyyy/MM/dd (was \"ngày 20 tháng 11\")");
    }

    @Test
    void moreThanTenViolationsAreCounted() {
        VdxpRefusal refusal = PlatformRefusals.of(Refusal.invalidPackage(IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new Violation("MessageHeader/To[" + i + "]/OrganId", "required", "")).toList()));

        assertThat(refusal.getMessage()).startsWith("MessageHeader/To[1]/OrganId: required; ")
                .endsWith("MessageHeader/To[10]/OrganId: required; 2 more");
    }

    @Test
    void onlyUnreachableRecipientsAreAnUnknownRecipient() {
        VdxpRefusal refusal = PlatformRefusals.of(Refusal.invalidPackage(List.of(new Violation(
                "MessageHeader/To[1]/OrganId", "recipient-reachable: no connector serves this agency",
                "000.99.99.H53"))));

        assertThat(refusal.code()).isEqualTo(VdxpErrorCode.UNKNOWN_RECIPIENT);
    }

    @Test
    void aStatusSentAsADocumentNamesTheMessageTypeHeader() {
        VdxpRefusal refusal = PlatformRefusals.of(Refusal.invalidPackage(List.of(new Violation(
                "MessageHeader/StatusCode", "document-expected: status packages go to /api/v1/statuses", "03"))));

        assertThat(refusal.code()).isEqualTo(VdxpErrorCode.INVALID_HEADER);
        assertThat(refusal.getMessage()).isEqualTo("XroadVnpt-messagetype: matches-the-package: "
                + "a status package is sent with messagetype status");
    }

    @Test
    void aForeignSenderReadsTheViolationOfEveryChannel() {
        VdxpRefusal refusal = PlatformRefusals.of(new SenderNotAllowedException("ioffice-so-gddt", "000.00.00.G03"));

        assertThat(refusal.code()).isEqualTo(VdxpErrorCode.SENDER_NOT_ALLOWED);
        assertThat(refusal.getMessage()).isEqualTo(
                "MessageHeader/From/OrganId: sender-authorised: the connector's agencies only (was \"000.00.00.G03\")");
    }

    @Test
    void theOtherRefusalsNameThePlatformsHeadersAndCodes() {
        assertThat(PlatformRefusals.of(new PackageTooLargeException(1024)))
                .extracting(VdxpRefusal::code, VdxpRefusal::getMessage)
                .containsExactly(VdxpErrorCode.PACKAGE_TOO_LARGE,
                        "(body): the package is larger than the limit of 1024 bytes "
                                + "(lienthong.intake.max-package-size)");
        assertThat(PlatformRefusals.of(new InboxItemNotFoundException("01JD0000000000000000000000")))
                .extracting(VdxpRefusal::code, VdxpRefusal::getMessage)
                .containsExactly(VdxpErrorCode.NOT_FOUND,
                        "XroadVnpt-docId: no item 01JD0000000000000000000000 in this connector's inbox");
        assertThat(PlatformRefusals.of(new InsufficientStorageException(1L << 20, 1L << 30)).code())
                .isEqualTo(VdxpErrorCode.UNAVAILABLE);
        assertThat(PlatformRefusals.of(Refusal.unavailable(new IllegalStateException("broker gone"))).code())
                .isEqualTo(VdxpErrorCode.UNAVAILABLE);
    }
}
