package vn.lienthong.signatures.revocation;

/** How revocation is checked, and what an unreachable CRL or OCSP responder means for the verdict. */
public enum RevocationMode {
    /** Revocation is not checked at all. */
    OFF,
    /** Revoked is invalid; unknown (no CRL, responder down) is accepted with a warning in the report. */
    SOFT_FAIL,
    /** Revoked is invalid, and so is unknown: a signature is valid only with a positive revocation answer. */
    HARD_FAIL
}
