package vn.lienthong.signatures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import vn.lienthong.signatures.revocation.ChainedRevocationChecker;
import vn.lienthong.signatures.revocation.RevocationChecker;

/** Verifies an edXML package's signature against a policy and reports the verdict with its reason, never throwing. */
public final class SignatureVerifier {

    private final CertificateChecks certificates;
    private final Clock clock;

    /** A verifier checking revocation online (OCSP, then distribution-point CRLs), 10 s per request, cached 1 h. */
    public SignatureVerifier() {
        this(ChainedRevocationChecker.online(List.of(), Duration.ofSeconds(10), Duration.ofHours(1)),
                Clock.systemUTC());
    }

    /** A verifier asking {@code revocation} about each certificate of the path, using the system clock. */
    public SignatureVerifier(RevocationChecker revocation) {
        this(revocation, Clock.systemUTC());
    }

    /** A verifier asking {@code revocation}, with {@code clock} giving the verification time. */
    public SignatureVerifier(RevocationChecker revocation, Clock clock) {
        XmlSecurity.init();
        this.certificates = new CertificateChecks(revocation);
        this.clock = clock;
    }

    /** The verdict on {@code packageBytes}' signature under {@code policy}. */
    public SignatureReport verify(byte[] packageBytes, VerificationPolicy policy) {
        return verify(new ByteArrayInputStream(packageBytes), policy);
    }

    /**
     * The verdict on the signature of the package read from {@code packageStream}, which is read (not closed)
     * without a copy of its bytes: for a large package only its DOM is held.
     */
    public SignatureReport verify(InputStream packageStream, VerificationPolicy policy) {
        // Cheapest and most telling first: structure, then cryptography, then trust, and the network last.
        Instant at = policy.signingTime().orElseGet(clock::instant);
        Findings findings = new Findings(at);
        try {
            Document document = parse(packageStream);
            Element signature = SignatureProfile.locate(document);
            findings.algorithm = AlgorithmPolicy.shortName(SignatureProfile.signatureMethod(signature));
            SignatureProfile.check(signature, policy.allowLegacySha1());
            List<X509Certificate> keyInfo = KeyInfoCertificates.read(signature);
            findings.signer = KeyInfoCertificates.signer(keyInfo);
            checkCryptography(signature, findings.signer);
            findings.warnings.addAll(certificates.require(findings.signer, keyInfo, policy, at));
            String reason = findings.warnings.isEmpty() ? "signature valid"
                    : "signature valid; " + String.join("; ", findings.warnings);
            return findings.report(SignatureReport.Outcome.VALID, reason);
        } catch (SignatureRejection rejection) {
            return findings.report(rejection.outcome(), rejection.getMessage());
        } catch (RuntimeException unexpected) {
            // Whatever went wrong, it must neither escape to the caller nor pass as valid.
            return findings.report(SignatureReport.Outcome.INVALID, "signature cannot be checked: " + unexpected);
        }
    }

    private static Document parse(InputStream packageStream) {
        try {
            return XmlSecurity.parse(packageStream);
        } catch (SAXException | IOException e) {
            throw SignatureRejection.invalid("package is not well-formed XML: " + e.getMessage());
        }
    }

    /** Checks the reference digest and the signature value with the signer certificate's public key. */
    private static void checkCryptography(Element signatureElement, X509Certificate signer) {
        boolean valueVerifies;
        boolean referencesVerify;
        try {
            // Secure validation caps transforms and references and refuses MD5, on top of the profile's own limits.
            XMLSignature signature = new XMLSignature(signatureElement, "", true);
            valueVerifies = signature.checkSignatureValue(signer.getPublicKey());
            // checkSignatureValue answers false for both failures; the references alone tell which one it was.
            referencesVerify = valueVerifies || signature.getSignedInfo().verify(false);
        } catch (XMLSecurityException | RuntimeException e) {
            throw SignatureRejection.invalid("signature cannot be checked: " + e.getMessage());
        }
        if (!referencesVerify) {
            throw SignatureRejection.invalid("reference digest mismatch for URI ''");
        }
        if (!valueVerifies) {
            throw SignatureRejection.invalid("signature value does not verify with the key of "
                    + signer.getSubjectX500Principal().getName());
        }
    }

    /** What has been learnt so far, so a rejection still reports the signer and algorithm it reached. */
    private static final class Findings {
        private final Instant at;
        private final List<String> warnings = new ArrayList<>();
        private X509Certificate signer;
        private String algorithm;

        Findings(Instant at) {
            this.at = at;
        }

        SignatureReport report(SignatureReport.Outcome outcome, String reason) {
            String subject = signer == null ? null : signer.getSubjectX500Principal().getName();
            return new SignatureReport(outcome, reason, subject, signer, at, algorithm, warnings);
        }
    }
}
