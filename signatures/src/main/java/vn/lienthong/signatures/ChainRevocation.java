package vn.lienthong.signatures;

import java.security.cert.Certificate;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.lienthong.signatures.revocation.RevocationChecker;
import vn.lienthong.signatures.revocation.RevocationMode;
import vn.lienthong.signatures.revocation.RevocationStatus;

/** Applies a revocation mode to every certificate of a built path (signer first, anchor excluded). */
final class ChainRevocation {

    private ChainRevocation() {
    }

    /** Warnings for unknown statuses under SOFT_FAIL; a rejection when revoked, or unknown under HARD_FAIL. */
    static List<String> check(RevocationChecker checker, PKIXCertPathBuilderResult path, RevocationMode mode,
            Instant signingTime) {
        List<String> warnings = new ArrayList<>();
        if (mode == RevocationMode.OFF) {
            return warnings;
        }
        List<? extends Certificate> chain = path.getCertPath().getCertificates();
        for (int i = 0; i < chain.size(); i++) {
            X509Certificate certificate = (X509Certificate) chain.get(i);
            X509Certificate issuer = i + 1 < chain.size() ? (X509Certificate) chain.get(i + 1)
                    : path.getTrustAnchor().getTrustedCert();
            RevocationStatus status = statusOf(checker, certificate, issuer, signingTime);
            String subject = certificate.getSubjectX500Principal().getName();
            if (status.state() == RevocationStatus.State.REVOKED) {
                throw SignatureRejection.invalid("certificate revoked (" + status.source() + ", revoked "
                        + status.revokedAt() + "): " + subject);
            }
            if (status.state() == RevocationStatus.State.UNKNOWN) {
                String unknown = "revocation status of " + subject + " unknown: " + status.detail();
                if (mode == RevocationMode.HARD_FAIL) {
                    throw SignatureRejection.invalid(unknown);
                }
                warnings.add(unknown);
            }
        }
        return warnings;
    }

    private static RevocationStatus statusOf(RevocationChecker checker, X509Certificate certificate,
            X509Certificate issuer, Instant signingTime) {
        try {
            return checker.check(certificate, issuer, signingTime);
        } catch (RuntimeException e) {
            // A checker bug must not become a VALID verdict, nor escape verify(): it is an unknown status.
            return RevocationStatus.unknown("revocation checker failed: " + e);
        }
    }
}
