package vn.lienthong.signatures;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.lienthong.signatures.revocation.RevocationMode;

/**
 * What a receiver accepts: the CA certificates it trusts, extra intermediates for path building, how revocation is
 * checked, whether legacy SHA-1 signatures pass, and optionally the instant the signature is judged at.
 *
 * @param trustAnchors    CA certificates trusted for incoming signatures ({@code lienthong.trust.anchors})
 * @param intermediates   untrusted CA certificates offered to path building besides those in KeyInfo
 * @param revocationMode  OFF, SOFT_FAIL or HARD_FAIL
 * @param allowLegacySha1 whether rsa-sha1 signatures and SHA-1 digests are accepted (legacy producers only)
 * @param signingTime     the instant certificates must be valid at; empty means the verification time
 */
public record VerificationPolicy(List<X509Certificate> trustAnchors, List<X509Certificate> intermediates,
        RevocationMode revocationMode, boolean allowLegacySha1, Optional<Instant> signingTime) {

    public VerificationPolicy {
        trustAnchors = List.copyOf(trustAnchors);
        intermediates = List.copyOf(intermediates);
        Objects.requireNonNull(revocationMode, "revocationMode");
        Objects.requireNonNull(signingTime, "signingTime");
    }

    /** Trust {@code anchors}, no extra intermediates, soft-fail revocation, no SHA-1, judged at verification time. */
    public static VerificationPolicy trusting(List<X509Certificate> anchors) {
        return new VerificationPolicy(anchors, List.of(), RevocationMode.SOFT_FAIL, false, Optional.empty());
    }

    /** This policy with {@code extra} offered as intermediates. */
    public VerificationPolicy withIntermediates(List<X509Certificate> extra) {
        return new VerificationPolicy(trustAnchors, extra, revocationMode, allowLegacySha1, signingTime);
    }

    /** This policy with another revocation mode. */
    public VerificationPolicy withRevocationMode(RevocationMode mode) {
        return new VerificationPolicy(trustAnchors, intermediates, mode, allowLegacySha1, signingTime);
    }

    /** This policy accepting, or not, rsa-sha1 signatures and SHA-1 digests. */
    public VerificationPolicy withLegacySha1(boolean allowed) {
        return new VerificationPolicy(trustAnchors, intermediates, revocationMode, allowed, signingTime);
    }

    /** This policy judging certificate validity and revocation at {@code instant}. */
    public VerificationPolicy at(Instant instant) {
        return new VerificationPolicy(trustAnchors, intermediates, revocationMode, allowLegacySha1,
                Optional.of(instant));
    }
}
