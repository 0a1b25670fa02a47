package vn.lienthong.signatures.revocation;

import java.security.cert.X509Certificate;
import java.time.Instant;

/** Tells whether a certificate was revoked; implementations must answer UNKNOWN rather than throw. */
public interface RevocationChecker {

    /**
     * The status of {@code certificate}, issued by {@code issuer}, as relevant for a signature made at
     * {@code signingTime}: a revocation dated after that instant does not count.
     */
    RevocationStatus check(X509Certificate certificate, X509Certificate issuer, Instant signingTime);
}
