package vn.lienthong.signatures.testsupport;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;

import vn.lienthong.signatures.SigningKey;

/** An in-test PKI: a root and an intermediate CA from which tests issue leaves, expired ones, CRLs and signing keys. */
public final class TestPki {

    /** A certificate together with its key pair. */
    public record Issued(X509Certificate certificate, KeyPair keyPair) {

        /** The private key. */
        public PrivateKey privateKey() {
            return keyPair.getPrivate();
        }
    }

    private static TestPki shared;

    private final Issued root;
    private final Issued intermediate;

    private TestPki(Issued root, Issued intermediate) {
        this.root = root;
        this.intermediate = intermediate;
    }

    /** One PKI without revocation URLs shared by the test classes of a run, as RSA key generation is slow. */
    public static synchronized TestPki shared() {
        if (shared == null) {
            shared = create("Shared", null, null);
        }
        return shared;
    }

    /** A new root "CN=Test Root {name}" and intermediate, the intermediate pointing at these revocation URLs. */
    public static TestPki create(String name, String intermediateCrlUrl, String intermediateOcspUrl) {
        Issued root = selfSigned("CN=Test Root " + name + ",O=Lienthong Test,C=VN");
        Issued intermediate = new CertificateSpec(root, "CN=Test Sub CA " + name + ",O=Lienthong Test,C=VN").ca()
                .crlUrl(intermediateCrlUrl).ocspUrl(intermediateOcspUrl).issue();
        return new TestPki(root, intermediate);
    }

    /** A self-signed CA certificate, e.g. an untrusted root. */
    public static Issued selfSigned(String subject) {
        return new CertificateSpec(null, subject).ca().issue();
    }

    public Issued root() {
        return root;
    }

    public Issued intermediate() {
        return intermediate;
    }

    /** A leaf issued by the intermediate, good for signing unless the spec says otherwise. */
    public CertificateSpec leaf(String commonName) {
        return issuedBy(intermediate, commonName);
    }

    /** A certificate issued by {@code issuer}. */
    public static CertificateSpec issuedBy(Issued issuer, String commonName) {
        return new CertificateSpec(issuer, "CN=" + commonName + ",O=Sở Giáo dục và Đào tạo,C=VN");
    }

    /** A certificate issued by {@code issuer} with exactly this subject DN. */
    public static CertificateSpec issuedWithSubject(Issued issuer, String subjectDn) {
        return new CertificateSpec(issuer, subjectDn);
    }

    /** The signing key of {@code leaf} for agency {@code 000.00.13.H53}, with the chain leaf, intermediate, root. */
    public SigningKey signingKey(Issued leaf) {
        return new SigningKey("000.00.13.H53", leaf.privateKey(),
                List.of(leaf.certificate(), intermediate.certificate(), root.certificate()));
    }

    /** A CRL signed by {@code issuer}, listing {@code revoked} serial numbers with their revocation times. */
    public static X509CRL crl(Issued issuer, Instant thisUpdate, Instant nextUpdate, Map<BigInteger, Instant> revoked) {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
                Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        revoked.forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.keyCompromise));
        try {
            return new JcaX509CRLConverter().getCRL(builder.build(CertificateMinter.signer(issuer.privateKey())));
        } catch (CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh 2048-bit RSA key pair. */
    public static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh EC P-256 key pair. */
    public static KeyPair ecKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
