package vn.lienthong.signatures.testsupport;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/** A fluent description of one certificate to issue in a test: subject, key, validity, usages and revocation URLs. */
public final class CertificateSpec {

    private final TestPki.Issued issuer;
    final String subject;
    KeyPair keys;
    Instant notBefore = Instant.now().minus(Duration.ofDays(1));
    Instant notAfter = Instant.now().plus(Duration.ofDays(365));
    Integer keyUsage = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
    boolean ca;
    String crlUrl;
    String ocspUrl;
    final List<KeyPurposeId> extendedKeyUsages = new ArrayList<>();
    boolean extendedKeyUsageCritical;

    CertificateSpec(TestPki.Issued issuer, String subject) {
        this.issuer = issuer;
        this.subject = subject;
    }

    /** Uses this key pair instead of a fresh RSA one. */
    public CertificateSpec keys(KeyPair keyPair) {
        this.keys = keyPair;
        return this;
    }

    /** Uses a fresh EC P-256 key pair. */
    public CertificateSpec ec() {
        return keys(TestPki.ecKeys());
    }

    /** Valid from {@code from} to {@code until}. */
    public CertificateSpec validity(Instant from, Instant until) {
        this.notBefore = from;
        this.notAfter = until;
        return this;
    }

    /** KeyUsage bits (BC {@link KeyUsage} constants), or null for no KeyUsage extension at all. */
    public CertificateSpec keyUsage(Integer bits) {
        this.keyUsage = bits;
        return this;
    }

    /** Makes it a long-lived CA (2015 to ten years from now; keyCertSign and cRLSign), like a national root. */
    public CertificateSpec ca() {
        this.ca = true;
        this.notBefore = Instant.parse("2015-01-01T00:00:00Z");
        this.notAfter = Instant.now().plus(Duration.ofDays(3650));
        this.keyUsage = KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature;
        return this;
    }

    /** Names this CRL distribution point. */
    public CertificateSpec crlUrl(String url) {
        this.crlUrl = url;
        return this;
    }

    /** Names this OCSP responder in Authority Information Access. */
    public CertificateSpec ocspUrl(String url) {
        this.ocspUrl = url;
        return this;
    }

    /** Adds extended key usages, marked critical when {@code critical}. */
    public CertificateSpec extendedKeyUsage(boolean critical, KeyPurposeId... purposes) {
        this.extendedKeyUsages.addAll(List.of(purposes));
        this.extendedKeyUsageCritical = critical;
        return this;
    }

    /** The certificate and its key pair, signed by the issuer this spec was started from. */
    public TestPki.Issued issue() {
        if (keys == null) {
            keys = TestPki.rsaKeys();
        }
        X509Certificate certificate = CertificateMinter.mint(this, issuer);
        return new TestPki.Issued(certificate, keys);
    }
}
