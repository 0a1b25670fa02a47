package vn.lienthong.signatures;

import java.util.List;

/**
 * Whether a signer certificate may be relied on, and if not the reason a person can act on.
 *
 * @param trusted  valid then, a signing key usage, a path to an anchor, not revoked
 * @param reason   why not (e.g. "certificate expired on …"), or null when trusted
 * @param warnings what did not invalidate it, e.g. a revocation source that could not be reached (soft-fail)
 */
public record CertificateVerdict(boolean trusted, String reason, List<String> warnings) {

    public CertificateVerdict {
        warnings = List.copyOf(warnings);
    }

    static CertificateVerdict trusted(List<String> warnings) {
        return new CertificateVerdict(true, null, warnings);
    }

    static CertificateVerdict refused(String reason) {
        return new CertificateVerdict(false, reason, List.of());
    }
}
