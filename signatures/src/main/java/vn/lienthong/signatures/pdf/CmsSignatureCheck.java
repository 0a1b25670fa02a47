package vn.lienthong.signatures.pdf;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import vn.lienthong.signatures.CertificateChecks;
import vn.lienthong.signatures.CertificateVerdict;
import vn.lienthong.signatures.VerificationPolicy;

/**
 * Checks one PDF signature dictionary: its ByteRange, its CMS (one signer, message digest over the signed bytes,
 * signature value), the time-stamp it may carry, then the signer certificate with the shared certificate checks.
 */
final class CmsSignatureCheck {

    static final Set<String> SUB_FILTERS = Set.of("adbe.pkcs7.detached", "ETSI.CAdES.detached");
    /** SHA-1 and MD5: refused as digests unless the policy tolerates legacy SHA-1. */
    private static final Set<String> WEAK_DIGESTS = Set.of("1.3.14.3.2.26", "1.2.840.113549.2.5");

    private final CertificateChecks certificates;

    CmsSignatureCheck(CertificateChecks certificates) {
        this.certificates = certificates;
    }

    /** The report on {@code dictionary}; never throws for what the file holds. */
    PdfSignatureReport check(SignatureFindings findings, PDSignature dictionary, PdfSource source, PdfBudget budget,
            PdfLimits limits, VerificationPolicy policy, Instant receivedAt) {
        findings.subFilter = dictionary.getSubFilter();
        findings.judgedAt = receivedAt;
        try {
            if (!SUB_FILTERS.contains(findings.subFilter)) {
                throw PdfRejection.of("SubFilter " + findings.subFilter + " is not supported (only "
                        + String.join(", ", new java.util.TreeSet<>(SUB_FILTERS)) + ")");
            }
            ByteRange range = byteRange(dictionary, source, budget, limits, findings);
            CMSSignedData cms = cms(dictionary, new SignedRevision(source, range, budget), limits);
            SignerInformation signer = onlySigner(cms);
            findings.signer = certificateOf(cms, signer);
            findings.claimedSigningTime = claimedSigningTime(signer, dictionary);
            checkDigestAlgorithm(signer, policy);
            checkCryptography(signer, findings.signer, findings.claimedSigningTime, budget);
            SignatureTimestamp.of(signer, certificates, policy).ifPresent(proof -> useTimestamp(findings, proof));
            CertificateVerdict verdict = certificates.judge(findings.signer,
                    CarriedCertificates.of(cms.getCertificates()), policy, findings.judgedAt);
            if (!verdict.trusted()) {
                throw PdfRejection.of(verdict.reason());
            }
            findings.warnings.addAll(verdict.warnings());
            return findings.report(true, findings.coverage == PdfSignatureReport.Coverage.WHOLE_DOCUMENT
                    ? "signature valid" : "signature valid for an earlier revision of the file");
        } catch (PdfRejection rejection) {
            return findings.report(false, rejection.getMessage());
        } catch (IOException | RuntimeException e) {
            String spent = budget.spent();
            return findings.report(false, spent != null ? "PDF verification stopped: " + spent
                    : "signature cannot be checked: " + e.getMessage());
        }
    }

    private static ByteRange byteRange(PDSignature dictionary, PdfSource source, PdfBudget budget, PdfLimits limits,
            SignatureFindings findings) throws IOException {
        try (RandomAccessRead file = new GuardedRead(source.open(), budget)) {
            ByteRange range = ByteRange.of(dictionary.getByteRange(), file, limits.maxContentsBytes());
            findings.signedBytes = range.end();
            findings.coverage = range.end() == file.length() ? PdfSignatureReport.Coverage.WHOLE_DOCUMENT
                    : PdfSignatureReport.Coverage.EARLIER_REVISION;
            return range;
        }
    }

    private static CMSSignedData cms(PDSignature dictionary, SignedRevision content, PdfLimits limits) {
        byte[] contents = dictionary.getContents();
        if (contents == null || contents.length == 0) {
            throw PdfRejection.of("signature dictionary has no /Contents");
        }
        if (contents.length > limits.maxContentsBytes()) {
            throw PdfRejection.of("signature /Contents of " + contents.length + " bytes exceeds the limit of "
                    + limits.maxContentsBytes() + " bytes");
        }
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ContentInfo signedData = ContentInfo.getInstance(in.readObject());
            // /Contents is padded with zeros to its reserved size; anything else after the CMS was put there.
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b != 0) {
                    throw PdfRejection.of("signature /Contents holds other data after its CMS");
                }
            }
            return new CMSSignedData(content, signedData);
        } catch (CMSException | IOException | RuntimeException e) {
            if (e instanceof PdfRejection rejection) {
                throw rejection;
            }
            throw PdfRejection.of("signature /Contents is not a CMS SignedData: " + e.getMessage());
        }
    }

    private static SignerInformation onlySigner(CMSSignedData cms) {
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw PdfRejection.of("signature must have exactly one signer, has " + signers.size());
        }
        return signers.iterator().next();
    }

    private static X509Certificate certificateOf(CMSSignedData cms, SignerInformation signer) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            throw PdfRejection.of("signature does not carry its signer's certificate");
        }
        try {
            return new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
        } catch (CertificateException e) {
            throw PdfRejection.of("signer certificate cannot be read: " + e.getMessage());
        }
    }

    /** The CMS signing-time attribute, else the dictionary's /M: what the signer says, not a proof. */
    private static Instant claimedSigningTime(SignerInformation signer, PDSignature dictionary) {
        AttributeTable signed = signer.getSignedAttributes();
        Attribute signingTime = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (signingTime != null) {
            return Time.getInstance(signingTime.getAttrValues().getObjectAt(0)).getDate().toInstant();
        }
        return dictionary.getSignDate() == null ? null : dictionary.getSignDate().toInstant();
    }

    private static void checkDigestAlgorithm(SignerInformation signer, VerificationPolicy policy) {
        if (WEAK_DIGESTS.contains(signer.getDigestAlgOID()) && !policy.allowLegacySha1()) {
            throw PdfRejection.of("digest algorithm " + signer.getDigestAlgOID() + " (SHA-1 or MD5) is refused");
        }
    }

    /** Message digest over the signed bytes (streamed from the file), then the signature value. */
    private static void checkCryptography(SignerInformation signer, X509Certificate certificate, Instant claimed,
            PdfBudget budget) {
        boolean verifies;
        try {
            verifies = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSSignerDigestMismatchException e) {
            throw PdfRejection.of(budget.spent() != null ? "PDF verification stopped: " + budget.spent()
                    : "message digest mismatch: the signed bytes were changed after signing");
        } catch (CMSVerifierCertificateNotValidException e) {
            Instant notAfter = certificate.getNotAfter().toInstant();
            throw PdfRejection.of(claimed.isAfter(notAfter)
                    ? "certificate expired on " + notAfter + " (signing time it claims " + claimed + ")"
                    : "certificate not yet valid: valid from " + certificate.getNotBefore().toInstant()
                            + " (signing time it claims " + claimed + ")");
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            throw PdfRejection.of("signature cannot be checked: " + e.getMessage());
        }
        if (!verifies) {
            throw PdfRejection.of("signature value does not verify with the key of "
                    + certificate.getSubjectX500Principal().getName());
        }
    }

    /** A trusted time-stamp proves when the signature existed: certificates are judged then, not at receipt. */
    private static void useTimestamp(SignatureFindings findings, SignatureTimestamp.Proof proof) {
        findings.timestamp = proof;
        if (proof.trusted()) {
            findings.judgedAt = proof.time();
        } else {
            findings.warnings.add(proof.warning());
        }
    }
}
