package vn.lienthong.signatures.revocation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks revocation against CRLs: those configured (from files, for CAs whose distribution point is unreachable from
 * here) and those fetched from the certificate's HTTP distribution points, cached until their nextUpdate.
 */
public final class CrlRevocationChecker implements RevocationChecker {

    private final List<X509CRL> configured;
    private final RevocationHttp http;
    private final Duration cacheTtl;
    private final Clock clock;
    private final Map<URI, Fetched> cache = new ConcurrentHashMap<>();

    private record Fetched(X509CRL crl, Instant expires) {
    }

    /**
     * A checker using {@code configured} CRLs and fetching distribution points with {@code http}, each request
     * limited to {@code timeout}; a fetched CRL is reused until its nextUpdate, and at most {@code cacheTtl}.
     */
    public CrlRevocationChecker(List<X509CRL> configured, HttpClient http, Duration timeout, Duration cacheTtl,
            Clock clock) {
        this.configured = List.copyOf(configured);
        this.http = new RevocationHttp(http, timeout);
        this.cacheTtl = cacheTtl;
        this.clock = clock;
    }

    /** The CRLs in {@code files} (DER or PEM); the exception names the file that cannot be read. */
    public static List<X509CRL> readCrls(List<Path> files) {
        List<X509CRL> crls = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (CRL crl : CertificateFactory.getInstance("X.509").generateCRLs(in)) {
                    crls.add((X509CRL) crl);
                }
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalArgumentException("CRL file " + file + " cannot be read: " + e.getMessage(), e);
            }
        }
        return crls;
    }

    @Override
    public RevocationStatus check(X509Certificate certificate, X509Certificate issuer, Instant signingTime) {
        List<String> problems = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        for (X509CRL crl : configured) {
            if (crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                crls.add(crl);
            }
        }
        for (URI url : CertificateUrls.crlDistributionPoints(certificate)) {
            try {
                crls.add(fetch(url));
            } catch (IOException | GeneralSecurityException e) {
                problems.add("CRL " + e.getMessage());
            }
        }
        if (crls.isEmpty() && problems.isEmpty()) {
            problems.add("no CRL for " + certificate.getSubjectX500Principal().getName()
                    + " (no HTTP distribution point and none configured)");
        }
        String source = "CRL of " + issuer.getSubjectX500Principal().getName();
        boolean answered = false;
        for (X509CRL crl : crls) {
            String problem = unusable(crl, issuer, source);
            if (problem != null) {
                problems.add(problem);
                continue;
            }
            answered = true;
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            // A revocation after the signing time does not undo a signature made while the certificate was good.
            if (entry != null && !entry.getRevocationDate().toInstant().isAfter(signingTime)) {
                return RevocationStatus.revoked(source, entry.getRevocationDate().toInstant());
            }
        }
        return answered ? RevocationStatus.good(source) : RevocationStatus.unknown(String.join("; ", problems));
    }

    private X509CRL fetch(URI url) throws IOException, GeneralSecurityException {
        Instant now = clock.instant();
        Fetched cached = cache.get(url);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.crl();
        }
        byte[] body = http.get(url);
        X509CRL crl;
        try {
            crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(body));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new GeneralSecurityException(url + " did not answer with a CRL: " + e.getMessage(), e);
        }
        Instant expires = now.plus(cacheTtl);
        if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(expires)) {
            expires = crl.getNextUpdate().toInstant();
        }
        cache.put(url, new Fetched(crl, expires));
        return crl;
    }

    /** Why {@code crl} cannot be relied on for certificates of {@code issuer}, or null when it can. */
    private String unusable(X509CRL crl, X509Certificate issuer, String source) {
        if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return "CRL issued by " + crl.getIssuerX500Principal().getName() + ", not by the certificate's issuer";
        }
        try {
            crl.verify(issuer.getPublicKey());
        } catch (GeneralSecurityException e) {
            return source + " is not signed by the issuer's key";
        }
        Instant now = clock.instant();
        if (crl.getNextUpdate() != null && now.isAfter(crl.getNextUpdate().toInstant())) {
            return source + " is stale: nextUpdate was " + crl.getNextUpdate().toInstant();
        }
        return null;
    }
}
