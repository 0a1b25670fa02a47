package vn.lienthong.signatures.revocation;

import java.time.Instant;
import java.util.Objects;

/**
 * One revocation answer for one certificate: good or revoked according to a named source, or unknown and why.
 *
 * @param state     GOOD, REVOKED or UNKNOWN
 * @param source    who answered, e.g. {@code CRL of CN=Sub CA} or {@code OCSP http://ocsp.example/}; null if unknown
 * @param revokedAt when the certificate was revoked; null unless REVOKED
 * @param detail    why the status is unknown (unreachable responder, no CRL...); null otherwise
 */
public record RevocationStatus(State state, String source, Instant revokedAt, String detail) {

    /** The three possible answers. */
    public enum State {
        /** A trustworthy, fresh source says the certificate is not revoked. */
        GOOD,
        /** A trustworthy, fresh source says the certificate was revoked. */
        REVOKED,
        /** No trustworthy, fresh answer could be had. */
        UNKNOWN
    }

    public RevocationStatus {
        Objects.requireNonNull(state, "state");
    }

    /** Not revoked, according to {@code source}. */
    public static RevocationStatus good(String source) {
        return new RevocationStatus(State.GOOD, source, null, null);
    }

    /** Revoked at {@code revokedAt}, according to {@code source}. */
    public static RevocationStatus revoked(String source, Instant revokedAt) {
        return new RevocationStatus(State.REVOKED, source, revokedAt, null);
    }

    /** No answer, for the reason given. */
    public static RevocationStatus unknown(String detail) {
        return new RevocationStatus(State.UNKNOWN, null, null, detail);
    }

    /** Whether this is a definite answer (good or revoked) rather than unknown. */
    public boolean isDefinite() {
        return state != State.UNKNOWN;
    }
}
