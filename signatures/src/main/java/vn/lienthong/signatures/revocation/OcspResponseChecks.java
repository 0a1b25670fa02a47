package vn.lienthong.signatures.revocation;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/** Decides whether an OCSP response may be believed: who signed it, and whether it answers this very request. */
final class OcspResponseChecks {

    private static final String OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";

    private OcspResponseChecks() {
    }

    /**
     * Accepts a response signed by the certificate's issuer itself, or by a certificate in the response that the
     * issuer signed, that carries the OCSPSigning extended key usage and is valid now (RFC 6960 §4.2.2.2).
     */
    static void checkSignedByIssuerOrDelegate(BasicOCSPResp response, X509Certificate issuer, Instant now,
            URI responder) throws OcspRevocationChecker.OcspProblem {
        if (signedBy(response, issuer)) {
            return;
        }
        for (X509CertificateHolder holder : response.getCerts()) {
            X509Certificate candidate = convert(holder);
            if (candidate != null && isDelegateOf(candidate, issuer, now) && signedBy(response, candidate)) {
                return;
            }
        }
        throw new OcspRevocationChecker.OcspProblem(responder + " answered with a response signed neither by "
                + issuer.getSubjectX500Principal().getName() + " nor by an OCSP signer it issued");
    }

    /** Refuses a response whose nonce differs from the request's; responders that omit it rely on freshness alone. */
    static void checkNonce(BasicOCSPResp response, byte[] sentNonceValue, URI responder)
            throws OcspRevocationChecker.OcspProblem {
        Extension nonce = response.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null && !Arrays.equals(nonce.getExtnValue().getOctets(), sentNonceValue)) {
            throw new OcspRevocationChecker.OcspProblem(responder + " answered with a nonce that does not match the "
                    + "request (replayed response?)");
        }
    }

    private static boolean isDelegateOf(X509Certificate candidate, X509Certificate issuer, Instant now) {
        try {
            List<String> usages = candidate.getExtendedKeyUsage();
            candidate.checkValidity(Date.from(now));
            candidate.verify(issuer.getPublicKey());
            return candidate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())
                    && usages != null && usages.contains(OCSP_SIGNING);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean signedBy(BasicOCSPResp response, X509Certificate signer) {
        try {
            return response.isSignatureValid(new JcaContentVerifierProviderBuilder().build(signer.getPublicKey()));
        } catch (OperatorCreationException | OCSPException e) {
            return false;
        }
    }

    private static X509Certificate convert(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            return null;
        }
    }
}
