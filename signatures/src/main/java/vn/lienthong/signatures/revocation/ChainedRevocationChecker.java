package vn.lienthong.signatures.revocation;

import java.net.http.HttpClient;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Asks several checkers in turn (typically OCSP, then CRL) and returns the first definite answer. */
public final class ChainedRevocationChecker implements RevocationChecker {

    private final List<RevocationChecker> checkers;

    public ChainedRevocationChecker(List<RevocationChecker> checkers) {
        this.checkers = List.copyOf(checkers);
    }

    /**
     * OCSP first (fresh and small), then the configured {@code crls} and distribution-point CRLs, over one HTTP
     * client with {@code timeout} per request; answers are cached until nextUpdate, and at most {@code cacheTtl}.
     */
    public static ChainedRevocationChecker online(List<X509CRL> crls, Duration timeout, Duration cacheTtl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Clock clock = Clock.systemUTC();
        return new ChainedRevocationChecker(List.of(
                new OcspRevocationChecker(http, timeout, cacheTtl, clock),
                new CrlRevocationChecker(crls, http, timeout, cacheTtl, clock)));
    }

    @Override
    public RevocationStatus check(X509Certificate certificate, X509Certificate issuer, Instant signingTime) {
        List<String> reasons = new ArrayList<>();
        for (RevocationChecker checker : checkers) {
            RevocationStatus status = checker.check(certificate, issuer, signingTime);
            if (status.isDefinite()) {
                return status;
            }
            reasons.add(status.detail());
        }
        return RevocationStatus.unknown(String.join("; ", reasons));
    }
}
