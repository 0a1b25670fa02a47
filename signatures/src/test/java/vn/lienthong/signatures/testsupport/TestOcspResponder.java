package vn.lienthong.signatures.testsupport;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * An OCSP responder for the loopback server, built with bcpkix: answers for the CAs it knows, signed by the CA itself
 * or by a delegated responder, with switches for the misbehaviours the client must catch.
 */
public final class TestOcspResponder implements LoopbackServer.Responder {

    private final List<TestPki.Issued> authorities = new ArrayList<>();
    private final Map<X509CertificateHolder, TestPki.Issued> delegates = new ConcurrentHashMap<>();
    private final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();
    private volatile boolean wrongNonce;
    private volatile TestPki.Issued forcedSigner;

    /** A responder answering for {@code cas} (each signing its own answers unless a delegate is set). */
    public TestOcspResponder(TestPki.Issued... cas) {
        authorities.addAll(List.of(cas));
    }

    /** Marks this serial revoked at {@code at}. */
    public TestOcspResponder revoke(BigInteger serial, Instant at) {
        revoked.put(serial, at);
        return this;
    }

    /** Signs answers about {@code ca}'s certificates with {@code delegate}, which is included in the response. */
    public TestOcspResponder delegate(TestPki.Issued ca, TestPki.Issued delegate) {
        delegates.put(holder(ca), delegate);
        return this;
    }

    /** Echoes a nonce other than the request's. */
    public TestOcspResponder answerWithWrongNonce() {
        wrongNonce = true;
        return this;
    }

    /** Signs every answer with {@code signer} (included in the response) whoever the CA is. */
    public TestOcspResponder signEverythingWith(TestPki.Issued signer) {
        forcedSigner = signer;
        return this;
    }

    @Override
    public byte[] respond(byte[] requestBody) throws Exception {
        OCSPReq request = new OCSPReq(requestBody);
        Req single = request.getRequestList()[0];
        TestPki.Issued ca = authorities.stream().filter(candidate -> matches(single, candidate)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown issuer"));
        TestPki.Issued signer = forcedSigner != null ? forcedSigner : delegates.getOrDefault(holder(ca), ca);
        Instant now = Instant.now();
        Instant revokedAt = revoked.get(single.getCertID().getSerialNumber());
        CertificateStatus status = revokedAt == null ? CertificateStatus.GOOD : new RevokedStatus(Date.from(revokedAt));
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(
                X500Name.getInstance(signer.certificate().getSubjectX500Principal().getEncoded())));
        builder.addResponse(single.getCertID(), status, Date.from(now.minusSeconds(60)),
                Date.from(now.plus(Duration.ofHours(1))));
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            byte[] value = wrongNonce ? new DEROctetString(new byte[16]).getEncoded()
                    : nonce.getExtnValue().getOctets();
            builder.setResponseExtensions(new Extensions(
                    new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, value)));
        }
        X509CertificateHolder[] chain = signer == ca ? new X509CertificateHolder[0]
                : new X509CertificateHolder[] { holder(signer) };
        PrivateKey key = signer.privateKey();
        BasicOCSPResp basic = builder.build(CertificateMinter.signer(key), chain, Date.from(now));
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    }

    private static boolean matches(Req request, TestPki.Issued ca) {
        try {
            return request.getCertID().matchesIssuer(holder(ca), new JcaDigestCalculatorProviderBuilder().build());
        } catch (Exception e) {
            return false;
        }
    }

    private static X509CertificateHolder holder(TestPki.Issued issued) {
        try {
            return new JcaX509CertificateHolder(issued.certificate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
