package vn.lienthong.signatures.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

import vn.lienthong.signatures.CertificateChecks;
import vn.lienthong.signatures.CertificateVerdict;
import vn.lienthong.signatures.VerificationPolicy;

/**
 * The RFC 3161 time-stamp a signer may carry in its unsigned attributes (id-aa-signatureTimeStampToken): proof that
 * the signature value existed at the token's time, when the token is over that value and its authority is trusted.
 */
final class SignatureTimestamp {

    /**
     * What a verified token proves.
     *
     * @param time      the token's genTime
     * @param authority subject DN of the time-stamp authority
     * @param trusted   whether the authority's certificate is trusted (only then is the time relied on)
     * @param warning   why it is not trusted, or null
     */
    record Proof(Instant time, String authority, boolean trusted, String warning) {
    }

    private SignatureTimestamp() {
    }

    /** The token on {@code signer}, verified; empty when it carries none; a rejection when one does not verify. */
    static Optional<Proof> of(SignerInformation signer, CertificateChecks certificates, VerificationPolicy policy) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null
                : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return Optional.empty();
        }
        try {
            TimeStampToken token = new TimeStampToken(
                    new CMSSignedData(attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            checkImprint(token, signer.getSignature());
            X509Certificate tsa = authorityOf(token);
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            Instant time = token.getTimeStampInfo().getGenTime().toInstant();
            CertificateVerdict verdict = certificates.judge(tsa,
                    CarriedCertificates.of(token.getCertificates()), policy, time);
            String subject = Subjects.readable(tsa.getSubjectX500Principal());
            return Optional.of(new Proof(time, subject, verdict.trusted(), verdict.trusted() ? null
                    : "time-stamp authority " + subject + " not relied on: " + verdict.reason()));
        } catch (IOException | CMSException | TSPException | OperatorCreationException | CertificateException
                 | IllegalArgumentException e) {
            throw PdfRejection.of("signature time-stamp does not verify: " + e.getMessage());
        }
    }

    /** The token must be over the signature value itself, hashed with the token's own algorithm. */
    private static void checkImprint(TimeStampToken token, byte[] signatureValue)
            throws OperatorCreationException, IOException {
        DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build()
                .get(token.getTimeStampInfo().getHashAlgorithm());
        try (OutputStream out = digest.getOutputStream()) {
            out.write(signatureValue);
        }
        if (!MessageDigest.isEqual(digest.getDigest(), token.getTimeStampInfo().getMessageImprintDigest())) {
            throw PdfRejection.of("signature time-stamp is over other data than this signature");
        }
    }

    private static X509Certificate authorityOf(TimeStampToken token) throws CertificateException {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (matches.isEmpty()) {
            throw PdfRejection.of("signature time-stamp carries no certificate of its authority");
        }
        return new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
    }
}
