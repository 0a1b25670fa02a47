package vn.lienthong.signatures;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Decides whether the signer certificate may sign: valid then, a signing key usage, a PKIX path to an anchor. */
final class SignerTrust {

    private SignerTrust() {
    }

    /** Refuses a signer certificate outside its validity period at {@code at}. */
    static void checkValidity(X509Certificate signer, Instant at) {
        Instant notAfter = signer.getNotAfter().toInstant();
        Instant notBefore = signer.getNotBefore().toInstant();
        if (at.isAfter(notAfter)) {
            throw SignatureRejection.invalid("certificate expired on " + notAfter + " (signing time " + at + ")");
        }
        if (at.isBefore(notBefore)) {
            throw SignatureRejection.invalid("certificate not yet valid: valid from " + notBefore
                    + " (signing time " + at + ")");
        }
    }

    /** Refuses a signer certificate whose KeyUsage does not grant digitalSignature or nonRepudiation. */
    static void checkKeyUsage(X509Certificate signer) {
        if (!KeyUsages.allowsSigning(signer)) {
            throw SignatureRejection.invalid(KeyUsages.LACKS_SIGNING);
        }
    }

    /** The PKIX path from the signer to a configured anchor, judged at {@code at} and without revocation. */
    static PKIXCertPathBuilderResult buildPath(X509Certificate signer, List<X509Certificate> keyInfo,
            VerificationPolicy policy, Instant at) {
        if (policy.trustAnchors().isEmpty()) {
            throw SignatureRejection.invalid("signer not issued by a trusted anchor: no trust anchors are configured");
        }
        Set<TrustAnchor> anchors = policy.trustAnchors().stream()
                .map(anchor -> new TrustAnchor(anchor, null)).collect(Collectors.toSet());
        List<X509Certificate> candidates = new ArrayList<>(keyInfo);
        candidates.addAll(policy.intermediates());
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            // Revocation is the RevocationChecker's job, with the connector's soft/hard-fail choice.
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(candidates)));
            return (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
        } catch (GeneralSecurityException e) {
            throw SignatureRejection.invalid("signer not issued by a trusted anchor (issuer "
                    + signer.getIssuerX500Principal().getName() + "): " + e.getMessage());
        }
    }
}
