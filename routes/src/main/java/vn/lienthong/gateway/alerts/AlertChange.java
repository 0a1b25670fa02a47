package vn.lienthong.gateway.alerts;

import java.time.Instant;

/**
 * An alert raised or resolved at one check: what the webhook is told, once.
 *
 * @param state {@code raised} or {@code resolved}
 * @param at when the monitor saw the change
 */
public record AlertChange(Alert alert, String state, Instant at) {

    public static final String RAISED = "raised";
    public static final String RESOLVED = "resolved";

    /** The same on every retry of this one notification, different for the alert's raising and its resolution. */
    public String notificationId() {
        return alert.id() + "/" + state;
    }
}
