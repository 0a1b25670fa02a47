package vn.lienthong.gateway.signature;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import vn.lienthong.signatures.revocation.RevocationMode;

/**
 * Trust in incoming signatures ({@code lienthong.trust.*}).
 *
 * @param anchors PEM files of the CA certificates trusted for incoming signatures
 * @param intermediates PEM files of intermediate CAs, for senders whose KeyInfo omits them
 * @param crls CRL files (PEM or DER) consulted besides the certificates' own OCSP and CRL addresses
 * @param revocation OFF, SOFT_FAIL (an unreachable responder is a warning) or HARD_FAIL (it refuses)
 * @param revocationTimeout how long one OCSP or CRL request may take
 * @param revocationCacheTtl how long a revocation answer is reused at most
 * @param documentAnchors PEM files of the CA certificates trusted for the signatures inside PDF attachments (the
 *     persons' and organisations' document-signing CAs); empty means {@code anchors}
 */
@Validated
@ConfigurationProperties(prefix = "lienthong.trust")
public record TrustProperties(
        @DefaultValue List<Path> anchors,
        @DefaultValue List<Path> intermediates,
        @DefaultValue List<Path> crls,
        @DefaultValue("SOFT_FAIL") RevocationMode revocation,
        @DefaultValue("10s") @DurationMin(millis = 1) Duration revocationTimeout,
        @DefaultValue("1h") @DurationMin(millis = 0) Duration revocationCacheTtl,
        @DefaultValue List<Path> documentAnchors) {
}
