package vn.lienthong.signatures;

import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import vn.lienthong.signatures.revocation.RevocationChecker;

/**
 * The checks of a signer certificate that every kind of signature shares (XML-DSig packages, PDF attachments):
 * valid at the instant judged, a signing key usage, a PKIX path to an anchor, and not revoked.
 */
public final class CertificateChecks {

    private final RevocationChecker revocation;

    public CertificateChecks(RevocationChecker revocation) {
        this.revocation = revocation;
    }

    /**
     * The verdict on {@code signer} at {@code at}: trusted (with soft-fail warnings) or not, and why not.
     *
     * @param candidates untrusted certificates offered for path building (those carried with the signature)
     */
    public CertificateVerdict judge(X509Certificate signer, List<X509Certificate> candidates, VerificationPolicy policy,
            Instant at) {
        try {
            return CertificateVerdict.trusted(require(signer, candidates, policy, at));
        } catch (SignatureRejection rejection) {
            return CertificateVerdict.refused(rejection.getMessage());
        }
    }

    /** The same checks, cheapest first and the network last; a failed one ends them with its rejection. */
    List<String> require(X509Certificate signer, List<X509Certificate> candidates, VerificationPolicy policy,
            Instant at) {
        SignerTrust.checkValidity(signer, at);
        SignerTrust.checkKeyUsage(signer);
        PKIXCertPathBuilderResult path = SignerTrust.buildPath(signer, candidates, policy, at);
        return ChainRevocation.check(revocation, path, policy.revocationMode(), at);
    }
}
