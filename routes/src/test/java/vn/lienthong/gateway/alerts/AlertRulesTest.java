package vn.lienthong.gateway.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienthong.gateway.deadlines.DeadlineKind;
import vn.lienthong.gateway.deadlines.OverdueDeadline;
import vn.lienthong.signatures.ExpiringCertificate;

/** When a stuck delivery, a failing connector and an expiring certificate raise an alert, and when not. */
class AlertRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final Duration THIRTY_MINUTES = Duration.ofMinutes(30);
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void aDeliveryWithoutProgressForLongerThanStuckAfterIsStuck() {
        var alert = AlertRules.stuck(pending(NOW.minus(Duration.ofMinutes(31))), NOW, THIRTY_MINUTES).orElseThrow();

        assertThat(alert.kind()).isEqualTo(AlertKind.STUCK_MESSAGE);
        assertThat(alert.target()).isEqualTo("d-1");
        assertThat(alert.messageId()).isEqualTo("m-1");
        assertThat(alert.summary()).contains("123/QĐ-SGDĐT", "phong-gddt-thach-ha", "RETRYING");
    }

    @Test
    void aDeliveryThatMovedWithinStuckAfterIsNotStuck() {
        assertThat(AlertRules.stuck(pending(NOW.minus(Duration.ofMinutes(29))), NOW, THIRTY_MINUTES)).isEmpty();
    }

    @Test
    void aConnectorWhoseFailuresBeganAWindowAgoAndGoOnIsFailing() {
        var run = new FailureRun("phong-gddt-thach-ha", NOW.minus(Duration.ofMinutes(12)), NOW.minusSeconds(20));

        var alert = AlertRules.connectorFailing(run, NOW, TEN_MINUTES).orElseThrow();

        assertThat(alert.kind()).isEqualTo(AlertKind.CONNECTOR_FAILING);
        assertThat(alert.target()).isEqualTo("phong-gddt-thach-ha");
        assertThat(alert.at()).isEqualTo(run.firstFailureAt());
    }

    @Test
    void failuresThatBeganWithinTheWindowAreNotYetAnAlert() {
        var run = new FailureRun("phong-gddt-thach-ha", NOW.minus(Duration.ofMinutes(9)), NOW.minusSeconds(20));

        assertThat(AlertRules.connectorFailing(run, NOW, TEN_MINUTES)).isEmpty();
    }

    @Test
    void aConnectorWithNoAttemptWithinTheWindowIsNoLongerFailing() {
        var run = new FailureRun("phong-gddt-thach-ha", NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofMinutes(11)));

        assertThat(AlertRules.connectorFailing(run, NOW, TEN_MINUTES)).isEmpty();
    }

    @Test
    void aConnectorWhoseLastAttemptSucceededIsNotFailing() {
        assertThat(AlertRules.connectorFailing(new FailureRun("bo-gddt", null, null), NOW, TEN_MINUTES)).isEmpty();
    }

    @Test
    void everyExpiringCertificateIsAnAlertOfItsOwn() {
        var alerts = AlertRules.certificatesExpiring(List.of(
                new ExpiringCertificate("CN=Sở GD&ĐT Hà Tĩnh", NOW.plus(Duration.ofDays(10)), 10),
                new ExpiringCertificate("CN=Root CA", NOW.minus(Duration.ofDays(1)), -1)));

        assertThat(alerts).extracting(Alert::kind).containsOnly(AlertKind.CERTIFICATE_EXPIRING);
        assertThat(alerts).extracting(Alert::target).containsExactly("CN=Sở GD&ĐT Hà Tĩnh", "CN=Root CA");
        assertThat(alerts.get(0).summary()).contains("10 days left");
    }

    private static PendingDelivery pending(Instant lastProgressAt) {
        return new PendingDelivery("d-1", "m-1", "phong-gddt-thach-ha", "123/QĐ-SGDĐT", "RETRYING", lastProgressAt);
    }

    @Test
    void eachOverdueDeadlineIsAnAlertNamingTheRecipientTheStatusAwaitedAndTheDocument() {
        var due = NOW.minus(Duration.ofHours(1));
        var alerts = AlertRules.deadlinesOverdue(List.of(
                new OverdueDeadline("dl-1", "m-1", "000.00.00.G03", "Bộ Giáo dục và Đào tạo", "bo-gddt",
                        DeadlineKind.ACKNOWLEDGEMENT, due, "123/QĐ-SGDĐT"),
                new OverdueDeadline("dl-2", "m-1", "000.00.00.G03", null, "bo-gddt", DeadlineKind.REGISTRATION, due,
                        "123/QĐ-SGDĐT")));

        assertThat(alerts).extracting(Alert::kind).containsOnly(AlertKind.DEADLINE_OVERDUE);
        assertThat(alerts).extracting(Alert::target).containsExactly(
                "Bộ Giáo dục và Đào tạo (000.00.00.G03) · 01 · 123/QĐ-SGDĐT", "000.00.00.G03 · 03 · 123/QĐ-SGDĐT");
        assertThat(alerts.get(0).messageId()).isEqualTo("m-1");
        assertThat(alerts.get(0).at()).isEqualTo(due);
        assertThat(alerts.get(0).summary()).contains("has not reported status 01", "123/QĐ-SGDĐT");
        assertThat(alerts.get(0).key()).isNotEqualTo(alerts.get(1).key());
    }
}
