package vn.lienthong.gateway.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One condition that needs an operator's attention.
 *
 * @param id names the condition (its kind, target and beginning), so every instance and a restarted one give it the
 *     same id, and it changes when the condition comes back with a new beginning; null until the monitor raises it
 * @param target what it is about: the delivery id, the connector id or the certificate's subject
 * @param messageId the message of a stuck delivery, null for the other kinds
 * @param at when it began: the delivery's last progress, the connector's first failure, or the certificate's end
 *     of validity
 * @param summary one line in English for logs, the admin API and the webhook
 * @param raisedAt when the monitor first saw it; null until raised
 */
public record Alert(String id, AlertKind kind, String target, String messageId, Instant at, String summary,
                    Instant raisedAt) {

    /** A condition as a rule finds it, not yet raised. */
    public static Alert found(AlertKind kind, String target, String messageId, Instant at, String summary) {
        return new Alert(null, kind, target, messageId, at, summary, null);
    }

    /** Which condition this is: a condition found again on the next check is the same alert. */
    public String key() {
        return kind + ":" + target;
    }

    /**
     * The condition raised now, with an id derived from what the store says about it rather than from when this
     * instance saw it (ASCII, so it fits an HTTP header).
     */
    public Alert raised(Instant now) {
        String occurrence = key() + "@" + at;
        return new Alert(UUID.nameUUIDFromBytes(occurrence.getBytes(StandardCharsets.UTF_8)).toString(), kind, target,
                messageId, at, summary, now);
    }
}
