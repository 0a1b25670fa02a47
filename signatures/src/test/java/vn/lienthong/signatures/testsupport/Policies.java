package vn.lienthong.signatures.testsupport;

import java.util.List;

import vn.lienthong.signatures.VerificationPolicy;
import vn.lienthong.signatures.revocation.RevocationMode;

/** Verification policies the tests start from. */
public final class Policies {

    private Policies() {
    }

    /**
     * Trusts the PKI's root and knows its intermediate, with revocation off, so that a test looks at one thing at a
     * time.
     */
    public static VerificationPolicy trustingRootOf(TestPki pki) {
        return trustingOnlyRootOf(pki).withIntermediates(List.of(pki.intermediate().certificate()));
    }

    /** Trusts the PKI's root and knows no intermediate: the signer must bring it in KeyInfo. */
    public static VerificationPolicy trustingOnlyRootOf(TestPki pki) {
        return VerificationPolicy.trusting(List.of(pki.root().certificate())).withRevocationMode(RevocationMode.OFF);
    }
}
