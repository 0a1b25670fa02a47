package vn.lienthong.signatures;

import java.time.Instant;

/**
 * A certificate close to (or past) its end of validity.
 *
 * @param subject  subject DN
 * @param notAfter end of validity
 * @param daysLeft whole days from now until notAfter; negative once expired
 */
public record ExpiringCertificate(String subject, Instant notAfter, long daysLeft) {
}
