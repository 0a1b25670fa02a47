package vn.lienthong.signatures.revocation;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;

/** The single response about one certificate from an OCSP answer, accepted only while it is fresh. */
final class OcspAnswer {

    /** Responder and gateway clocks drift; five minutes is the customary tolerance. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final SingleResp single;
    private final Instant nextUpdate;

    private OcspAnswer(SingleResp single) {
        this.single = single;
        this.nextUpdate = single.getNextUpdate() == null ? null : single.getNextUpdate().toInstant();
    }

    /** The answer about {@code id} in {@code response}, refused when missing or not fresh at {@code now}. */
    static OcspAnswer from(BasicOCSPResp response, CertificateID id, Instant now, Duration maxAge, URI responder)
            throws OcspRevocationChecker.OcspProblem {
        for (SingleResp single : response.getResponses()) {
            if (single.getCertID().equals(id)) {
                checkFresh(single, now, maxAge, responder);
                return new OcspAnswer(single);
            }
        }
        throw new OcspRevocationChecker.OcspProblem(responder + " answered about other certificates, not serial "
                + id.getSerialNumber());
    }

    /** Good, revoked (at or before {@code signingTime}), or unknown to the responder. */
    RevocationStatus statusAt(Instant signingTime, String source) {
        CertificateStatus status = single.getCertStatus();
        if (status == CertificateStatus.GOOD) {
            return RevocationStatus.good(source);
        }
        if (status instanceof RevokedStatus revoked) {
            Instant revokedAt = revoked.getRevocationTime().toInstant();
            // A revocation after the signing time does not undo a signature made while the certificate was good.
            return revokedAt.isAfter(signingTime) ? RevocationStatus.good(source)
                    : RevocationStatus.revoked(source, revokedAt);
        }
        return RevocationStatus.unknown(source + " does not know serial " + single.getCertID().getSerialNumber());
    }

    /** When a cached copy of this answer stops being usable: its nextUpdate, but never later than {@code cap}. */
    Instant cacheUntil(Instant cap) {
        return nextUpdate != null && nextUpdate.isBefore(cap) ? nextUpdate : cap;
    }

    private static void checkFresh(SingleResp single, Instant now, Duration maxAge, URI responder)
            throws OcspRevocationChecker.OcspProblem {
        Instant thisUpdate = single.getThisUpdate().toInstant();
        if (thisUpdate.isAfter(now.plus(SKEW))) {
            throw new OcspRevocationChecker.OcspProblem(responder + " answered with thisUpdate " + thisUpdate
                    + " in the future");
        }
        Instant next = single.getNextUpdate() == null ? null : single.getNextUpdate().toInstant();
        if (next != null && now.isAfter(next.plus(SKEW))) {
            throw new OcspRevocationChecker.OcspProblem(responder + " answered with a stale response (nextUpdate "
                    + next + ")");
        }
        if (next == null && thisUpdate.isBefore(now.minus(maxAge))) {
            throw new OcspRevocationChecker.OcspProblem(responder + " answered with a response from " + thisUpdate
                    + ", older than " + maxAge);
        }
    }
}
