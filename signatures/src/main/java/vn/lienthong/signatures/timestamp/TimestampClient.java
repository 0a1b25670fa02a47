package vn.lienthong.signatures.timestamp;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Obtains RFC 3161 time-stamps for SHA-256 digests from one TSA, and accepts only a granted answer to this very
 * request (nonce, message imprint) signed by a timeStamping certificate that is, or was issued by, a trusted one.
 */
public final class TimestampClient {

    private static final String QUERY_TYPE = "application/timestamp-query";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI tsaUrl;
    private final List<X509Certificate> trustedTsaCertificates;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * A client for the TSA at {@code tsaUrl}; its signing certificate must be one of {@code trustedTsaCertificates}
     * or be signed by one of them (an empty list accepts any certificate whose signature on the token verifies).
     */
    public TimestampClient(URI tsaUrl, List<X509Certificate> trustedTsaCertificates, Duration timeout) {
        this.tsaUrl = tsaUrl;
        this.trustedTsaCertificates = List.copyOf(trustedTsaCertificates);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** A validated time-stamp token over {@code sha256Digest}. */
    public TimestampToken stamp(byte[] sha256Digest) throws TimestampException {
        if (sha256Digest == null || sha256Digest.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
        }
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256Digest, new BigInteger(64, RANDOM));
        TimeStampResponse response = parse(post(encode(request)));
        if (response.getStatus() != PKIStatus.GRANTED && response.getStatus() != PKIStatus.GRANTED_WITH_MODS) {
            throw new TimestampException("TSA " + tsaUrl + " refused the request: status " + response.getStatus()
                    + (response.getStatusString() == null ? "" : " (" + response.getStatusString() + ")"));
        }
        try {
            response.validate(request);
        } catch (TSPException e) {
            throw new TimestampException("TSA " + tsaUrl + " answered a different request: " + e.getMessage(), e);
        }
        TimeStampToken token = response.getTimeStampToken();
        X509Certificate tsa = verifySignature(token);
        checkTrusted(tsa);
        try {
            return new TimestampToken(token.getEncoded(), token.getTimeStampInfo().getGenTime().toInstant(),
                    token.getTimeStampInfo().getSerialNumber(), tsa.getSubjectX500Principal().getName());
        } catch (IOException e) {
            throw new TimestampException("time-stamp token from " + tsaUrl + " cannot be encoded", e);
        }
    }

    /** Verifies the token with the TSA certificate it carries; BC also demands a critical timeStamping EKU. */
    private X509Certificate verifySignature(TimeStampToken token) throws TimestampException {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (matches.isEmpty()) {
            throw new TimestampException("TSA " + tsaUrl + " did not include its certificate although asked to");
        }
        X509CertificateHolder holder = matches.iterator().next();
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (TSPException | OperatorCreationException | GeneralSecurityException e) {
            throw new TimestampException("time-stamp token from " + tsaUrl + " does not verify: " + e.getMessage(), e);
        }
    }

    private void checkTrusted(X509Certificate tsa) throws TimestampException {
        if (trustedTsaCertificates.isEmpty() || trustedTsaCertificates.contains(tsa)) {
            return;
        }
        for (X509Certificate trusted : trustedTsaCertificates) {
            if (tsa.getIssuerX500Principal().equals(trusted.getSubjectX500Principal()) && verifiesWith(tsa, trusted)) {
                return;
            }
        }
        throw new TimestampException("TSA certificate " + tsa.getSubjectX500Principal().getName()
                + " is not trusted for time-stamps");
    }

    private static boolean verifiesWith(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private TimeStampResponse parse(byte[] body) throws TimestampException {
        try {
            return new TimeStampResponse(body);
        } catch (TSPException | IOException | RuntimeException e) {
            throw new TimestampException("TSA " + tsaUrl + " answered with something that is not an RFC 3161 "
                    + "time-stamp response: " + e.getMessage(), e);
        }
    }

    private byte[] post(byte[] query) throws TimestampException {
        HttpRequest request = HttpRequest.newBuilder(tsaUrl).timeout(timeout).header("Content-Type", QUERY_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(query)).build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new TimestampException("TSA " + tsaUrl + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new TimestampException("TSA " + tsaUrl + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimestampException("interrupted while waiting for TSA " + tsaUrl, e);
        }
    }

    private byte[] encode(TimeStampRequest request) throws TimestampException {
        try {
            return request.getEncoded();
        } catch (IOException e) {
            throw new TimestampException("time-stamp request cannot be encoded", e);
        }
    }
}
