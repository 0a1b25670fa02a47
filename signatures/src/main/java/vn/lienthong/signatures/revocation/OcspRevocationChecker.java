package vn.lienthong.signatures.revocation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Checks revocation by asking the OCSP responder named in the certificate's Authority Information Access, and
 * trusts the answer only if the CA or a responder it designated signed it, the nonce matches, and it is fresh.
 */
public final class OcspRevocationChecker implements RevocationChecker {

    private static final String REQUEST_TYPE = "application/ocsp-request";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RevocationHttp http;
    private final Duration cacheTtl;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** The responder's answer, kept rather than a verdict: whether it counts as revoked depends on the signing time. */
    private record Cached(OcspAnswer answer, String source, Instant expires) {
    }

    /**
     * A checker sending requests with {@code http}, each limited to {@code timeout}; a definite answer is reused
     * until the response's nextUpdate, and at most {@code cacheTtl} (also the maximum age of a response that has
     * no nextUpdate).
     */
    public OcspRevocationChecker(HttpClient http, Duration timeout, Duration cacheTtl, Clock clock) {
        this.http = new RevocationHttp(http, timeout);
        this.cacheTtl = cacheTtl;
        this.clock = clock;
    }

    @Override
    public RevocationStatus check(X509Certificate certificate, X509Certificate issuer, Instant signingTime) {
        String key = issuer.getSubjectX500Principal().getName() + "#" + certificate.getSerialNumber();
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.answer().statusAt(signingTime, cached.source());
        }
        List<URI> responders = CertificateUrls.ocspResponders(certificate);
        if (responders.isEmpty()) {
            return RevocationStatus.unknown("no OCSP responder in " + certificate.getSubjectX500Principal().getName());
        }
        List<String> problems = new ArrayList<>();
        for (URI responder : responders) {
            try {
                OcspAnswer answer = ask(responder, certificate, issuer, now);
                String source = "OCSP " + responder;
                RevocationStatus status = answer.statusAt(signingTime, source);
                if (status.isDefinite()) {
                    cache.put(key, new Cached(answer, source, answer.cacheUntil(now.plus(cacheTtl))));
                    return status;
                }
                problems.add(status.detail());
            } catch (IOException | OcspProblem e) {
                problems.add("OCSP " + e.getMessage());
            }
        }
        return RevocationStatus.unknown(String.join("; ", problems));
    }

    private OcspAnswer ask(URI responder, X509Certificate certificate, X509Certificate issuer, Instant now)
            throws IOException, OcspProblem {
        CertificateID id = certificateId(certificate, issuer);
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        byte[] nonceValue = new DEROctetString(nonce).getEncoded();
        byte[] request;
        try {
            OCSPReq ocspRequest = new OCSPReqBuilder().addRequest(id).setRequestExtensions(new Extensions(
                    new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, nonceValue))).build();
            request = ocspRequest.getEncoded();
        } catch (OCSPException e) {
            throw new OcspProblem("request for " + certificate.getSerialNumber() + " cannot be built: "
                    + e.getMessage());
        }
        byte[] body = http.post(responder, REQUEST_TYPE, request);
        BasicOCSPResp response = basicResponse(responder, body);
        OcspResponseChecks.checkSignedByIssuerOrDelegate(response, issuer, now, responder);
        OcspResponseChecks.checkNonce(response, nonceValue, responder);
        return OcspAnswer.from(response, id, now, cacheTtl, responder);
    }

    private static BasicOCSPResp basicResponse(URI responder, byte[] body) throws OcspProblem {
        try {
            OCSPResp response = new OCSPResp(body);
            if (response.getStatus() != OCSPResp.SUCCESSFUL) {
                throw new OcspProblem(responder + " refused the request (OCSP status " + response.getStatus() + ")");
            }
            Object object = response.getResponseObject();
            if (!(object instanceof BasicOCSPResp)) {
                throw new OcspProblem(responder + " answered without a basic OCSP response");
            }
            return (BasicOCSPResp) object;
        } catch (IOException | OCSPException | RuntimeException e) {
            throw new OcspProblem(responder + " did not answer with an OCSP response: " + e.getMessage());
        }
    }

    private static CertificateID certificateId(X509Certificate certificate, X509Certificate issuer)
            throws OcspProblem {
        try {
            // CertID uses SHA-1 of the issuer's name and key: that is what every responder indexes by (RFC 6960).
            return new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
        } catch (OperatorCreationException | OCSPException | CertificateEncodingException e) {
            throw new OcspProblem("CertID for serial " + certificate.getSerialNumber() + " cannot be built: "
                    + e.getMessage());
        }
    }

    /** An OCSP answer that cannot be used, with the reason; internal to this package. */
    static final class OcspProblem extends Exception {

        private static final long serialVersionUID = 1L;

        OcspProblem(String message) {
            super(message, null, false, false);
        }
    }
}
