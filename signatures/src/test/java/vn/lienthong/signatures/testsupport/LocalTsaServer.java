package vn.lienthong.signatures.testsupport;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamp authority on 127.0.0.1 for tests: a TSA certificate with the critical timeStamping extended
 * key usage, issued in-test, and bcpkix's response generator behind a JDK HTTP server.
 */
public final class LocalTsaServer implements AutoCloseable {

    private static final String PATH = "/tsa";
    private static final String REPLY_TYPE = "application/timestamp-reply";
    private static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1");

    private final LoopbackServer server = new LoopbackServer();
    private final TestPki.Issued tsa;
    private final AtomicLong serials = new AtomicLong();

    private LocalTsaServer(TestPki.Issued tsa, boolean garbage) {
        this.tsa = tsa;
        server.serve(PATH, REPLY_TYPE, garbage ? body -> "<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8)
                : this::stamp);
    }

    /** A TSA whose certificate is issued by {@code ca}. */
    public static LocalTsaServer start(TestPki.Issued ca) {
        TestPki.Issued tsa = TestPki.issuedBy(ca, "Test TSA").keyUsage(KeyUsage.digitalSignature)
                .extendedKeyUsage(true, KeyPurposeId.id_kp_timeStamping).issue();
        return new LocalTsaServer(tsa, false);
    }

    /** A "TSA" that answers every request with 200 and an HTML page. */
    public static LocalTsaServer garbage() {
        return new LocalTsaServer(null, true);
    }

    public URI url() {
        return URI.create(server.url(PATH));
    }

    public X509Certificate certificate() {
        return tsa.certificate();
    }

    /** How many requests the TSA received. */
    public int requests() {
        return server.hits(PATH);
    }

    @Override
    public void close() {
        server.close();
    }

    private byte[] stamp(byte[] body) throws Exception {
        TimeStampRequest request = new TimeStampRequest(body);
        DigestCalculator certIdDigest = new JcaDigestCalculatorProviderBuilder().build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", tsa.privateKey(), tsa.certificate()), certIdDigest, POLICY);
        tokens.addCertificates(new JcaCertStore(List.of(tsa.certificate())));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        return responses.generate(request, BigInteger.valueOf(serials.incrementAndGet()), new Date()).getEncoded();
    }
}
