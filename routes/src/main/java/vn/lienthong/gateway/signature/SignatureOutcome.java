package vn.lienthong.gateway.signature;

import java.time.Instant;

import vn.lienthong.signatures.SignatureReport;

/**
 * What the intake check found about a package's signature, as stored with the message and shown to its sender.
 *
 * @param outcome VALID, INVALID, UNSIGNED, UNVERIFIABLE, or NOT_CHECKED when the connector's policy is off
 */
public record SignatureOutcome(String outcome, String reason, String signerSubject, Instant checkedAt) {

    static SignatureOutcome notChecked(Instant at) {
        return new SignatureOutcome("NOT_CHECKED", "signature.verify is off for this connector", null, at);
    }

    static SignatureOutcome of(SignatureReport report, Instant at) {
        String reason = report.warnings().isEmpty() ? report.reason()
                : report.reason() + " (" + String.join("; ", report.warnings()) + ")";
        return new SignatureOutcome(report.outcome().name(), reason, report.signerSubject(), at);
    }
}
