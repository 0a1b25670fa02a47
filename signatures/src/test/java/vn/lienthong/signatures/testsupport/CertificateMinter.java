package vn.lienthong.signatures.testsupport;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Turns a {@link CertificateSpec} into a Bouncy Castle built X.509 certificate. */
final class CertificateMinter {

    private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime() & 0xFFFFFFFFL);

    private CertificateMinter() {
    }

    static X509Certificate mint(CertificateSpec spec, TestPki.Issued issuer) {
        PublicKey subjectKey = spec.keys.getPublic();
        // Parsed the JDK way so the DN reads back as written ("CN=…,O=…,C=VN"), most significant RDN encoded first.
        X500Name subject = X500Name.getInstance(new X500Principal(spec.subject).getEncoded());
        X500Name issuerName = issuer == null ? subject : X500Name.getInstance(
                issuer.certificate().getSubjectX500Principal().getEncoded());
        PrivateKey signingKey = issuer == null ? spec.keys.getPrivate() : issuer.keyPair().getPrivate();
        PublicKey authorityKey = issuer == null ? subjectKey : issuer.certificate().getPublicKey();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(spec.notBefore), Date.from(spec.notAfter),
                    subject, subjectKey);
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(authorityKey));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(spec.ca));
            if (spec.keyUsage != null) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(spec.keyUsage));
            }
            addRevocationPointers(builder, spec);
            if (!spec.extendedKeyUsages.isEmpty()) {
                builder.addExtension(Extension.extendedKeyUsage, spec.extendedKeyUsageCritical,
                        new ExtendedKeyUsage(spec.extendedKeyUsages.toArray(KeyPurposeId[]::new)));
            }
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer(signingKey)));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue " + spec.subject, e);
        }
    }

    /** A content signer matching the key type: SHA256withRSA or SHA256withECDSA. */
    static ContentSigner signer(PrivateKey key) {
        String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            return new JcaContentSignerBuilder(algorithm).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addRevocationPointers(X509v3CertificateBuilder builder, CertificateSpec spec)
            throws CertIOException {
        if (spec.crlUrl != null) {
            GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, spec.crlUrl));
            builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(names), null, null) }));
        }
        if (spec.ocspUrl != null) {
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                    AccessDescription.id_ad_ocsp,
                    new GeneralName(GeneralName.uniformResourceIdentifier, spec.ocspUrl)));
        }
    }
}
