package vn.lienthong.gateway.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jms.UncategorizedJmsException;

import vn.lienthong.gateway.intake.SenderNotAllowedException;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.Violation;

/** The one table of refusals: what each failure amounts to, and what is the gateway's own failure instead. */
class RefusalsTest {

    private static final Violation NO_SUBJECT = new Violation("MessageHeader/Subject", "required", "");
    private static final Violation LONG_NUMBER = new Violation("MessageHeader/Code/CodeNumber", "max-length 11",
            "123456789012");

    @Test
    void aRejectedPackageIsAnInvalidPackageNamingItsOnlyViolation() {
        Refusal refusal = Refusals.of(new PackageRejectedException(NO_SUBJECT)).orElseThrow();

        assertThat(refusal.typeUri()).isEqualTo("urn:lienthong:problem:invalid-package");
        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.title()).isEqualTo("Invalid edXML package");
        assertThat(refusal.detail()).isEqualTo("MessageHeader/Subject: required");
        assertThat(refusal.violations()).containsExactly(NO_SUBJECT);
        assertThat(refusal.retryAfterSeconds()).isEmpty();
    }

    @Test
    void severalViolationsAreCountedInTheDetailAndListedInTheReasons() {
        Refusal refusal = Refusals.of(new PackageRejectedException(List.of(NO_SUBJECT, LONG_NUMBER))).orElseThrow();

        assertThat(refusal.detail()).isEqualTo("2 problems, first: MessageHeader/Subject: required");
        assertThat(refusal.reasons()).containsExactly("MessageHeader/Subject: required",
                "MessageHeader/Code/CodeNumber: max-length 11 (was \"123456789012\")");
    }

    @Test
    void aForeignSenderNamesTheSenderElementWithTheClaimedAgency() {
        Refusal refusal = Refusals.of(new SenderNotAllowedException("phong-gddt-thach-ha", "000.00.13.H53"))
                .orElseThrow();

        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.type()).isEqualTo("sender-not-allowed");
        assertThat(refusal.detail()).isEqualTo("MessageHeader/From/OrganId: sender-authorised: connector "
                + "phong-gddt-thach-ha may not send as agency 000.00.13.H53");
        assertThat(refusal.violations()).containsExactly(new Violation("MessageHeader/From/OrganId",
                "sender-authorised: the connector's agencies only", "000.00.13.H53"));
    }

    @Test
    void anUnreachableStoreOrBrokerIsUnavailableForThirtySeconds() {
        CannotGetJdbcConnectionException database = new CannotGetJdbcConnectionException("Connection refused");

        Refusal refusal = Refusals.of(database).orElseThrow();

        assertThat(refusal.status()).isEqualTo(503);
        assertThat(refusal.type()).isEqualTo("unavailable");
        assertThat(refusal.retryAfterSeconds()).hasValue(30);
        assertThat(refusal.getCause()).isSameAs(database);
        assertThat(Refusals.of(new UncategorizedJmsException("broker gone"))).get()
                .extracting(Refusal::status).isEqualTo(503);
    }

    @Test
    void theGatewaysOwnFailureIsNoRefusal() {
        assertThat(Refusals.of(new IllegalStateException("a bug"))).isEmpty();
    }
}
