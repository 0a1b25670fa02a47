package vn.lienthong.gateway.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import vn.lienthong.gateway.deadlines.OverdueDeadline;
import vn.lienthong.signatures.ExpiringCertificate;

/** The conditions that raise an alert, as plain functions of what the store and the certificates say. */
public final class AlertRules {

    private AlertRules() {
    }

    /** A delivery that is not finished and has made no progress for {@code stuckAfter}. */
    public static Optional<Alert> stuck(PendingDelivery delivery, Instant now, Duration stuckAfter) {
        if (delivery.lastProgressAt().isAfter(now.minus(stuckAfter))) {
            return Optional.empty();
        }
        String document = delivery.documentNumber() == null ? "message " + delivery.messageId()
                : "document " + delivery.documentNumber() + " (message " + delivery.messageId() + ")";
        return Optional.of(Alert.found(AlertKind.STUCK_MESSAGE, delivery.deliveryId(), delivery.messageId(),
                delivery.lastProgressAt(), "Delivery " + delivery.deliveryId() + " of " + document + " to "
                        + delivery.connectorId() + " has been " + delivery.state() + " without progress since "
                        + delivery.lastProgressAt()));
    }

    /**
     * A connector failing for {@code window}: every attempt since the window began failed, failures began at least
     * a window ago (one failure a retry fixes is no alert), and it is still being tried: one failed within the
     * window. A success, or a window without attempts (everything waiting is dead or done), resolves it.
     */
    public static Optional<Alert> connectorFailing(FailureRun run, Instant now, Duration window) {
        Instant windowStart = now.minus(window);
        if (run.firstFailureAt() == null || run.firstFailureAt().isAfter(windowStart)
                || !run.lastFailureAt().isAfter(windowStart)) {
            return Optional.empty();
        }
        return Optional.of(Alert.found(AlertKind.CONNECTOR_FAILING, run.connectorId(), null, run.firstFailureAt(),
                "Every attempt through connector " + run.connectorId() + " has failed since "
                        + run.firstFailureAt()));
    }

    /** One alert per signing key or trust anchor within the expiry warning, expired ones included. */
    public static List<Alert> certificatesExpiring(List<ExpiringCertificate> expiring) {
        return expiring.stream()
                .map(c -> Alert.found(AlertKind.CERTIFICATE_EXPIRING, c.subject(), null, c.notAfter(),
                        "Certificate " + c.subject() + " is valid until " + c.notAfter() + " ("
                                + c.daysLeft() + " days left)"))
                .toList();
    }

    /**
     * One alert per overdue deadline, in force until the recipient answers: the target names the recipient, the
     * status awaited and the document, so the console and the webhook say who is late with what.
     */
    public static List<Alert> deadlinesOverdue(List<OverdueDeadline> overdue) {
        return overdue.stream()
                .map(d -> {
                    String recipient = d.recipientName() == null ? d.recipientAgency()
                            : d.recipientName() + " (" + d.recipientAgency() + ")";
                    String document = d.documentNumber() != null ? d.documentNumber() : d.messageId();
                    return Alert.found(AlertKind.DEADLINE_OVERDUE,
                            recipient + " · " + d.kind().statusCode() + " · " + document, d.messageId(), d.dueAt(),
                            recipient + " has not reported status " + d.kind().statusCode() + " for document "
                                    + document + " (message " + d.messageId() + "), due " + d.dueAt());
                })
                .toList();
    }
}
