package vn.lienthong.gateway.platformapi;

import java.util.List;
import java.util.stream.Collectors;

import vn.lienthong.connectors.vdxp.VdxpErrorCode;
import vn.lienthong.connectors.vdxp.VdxpHeaders;
import vn.lienthong.connectors.vdxp.VdxpRefusal;
import vn.lienthong.gateway.refusal.Refusal;
import vn.lienthong.schemas.model.Violation;

/**
 * Renders a {@link Refusal} as the platform's refusal: the {@link VdxpErrorCode} its type stands for, and an
 * {@code ErrorDesc} of its violations, naming the platform's headers where the REST API would name its paths.
 */
final class PlatformRefusals {

    private static final int MAX_VIOLATIONS = 10;

    private PlatformRefusals() {
    }

    static VdxpRefusal of(Refusal refusal) {
        return switch (refusal.type()) {
            case "invalid-package" -> invalidPackage(refusal.violations());
            case "sender-not-allowed" -> new VdxpRefusal(VdxpErrorCode.SENDER_NOT_ALLOWED, described(refusal));
            case "package-too-large" -> new VdxpRefusal(VdxpErrorCode.PACKAGE_TOO_LARGE,
                    "(body): " + refusal.detail());
            case "rate-limited" -> new VdxpRefusal(VdxpErrorCode.RATE_LIMITED, refusal.detail());
            case "not-found" -> new VdxpRefusal(VdxpErrorCode.NOT_FOUND,
                    VdxpHeaders.header(VdxpHeaders.DOC_ID) + ": " + refusal.detail());
            case "unavailable", "insufficient-storage" -> new VdxpRefusal(VdxpErrorCode.UNAVAILABLE,
                    "the gateway cannot store anything now; nothing was accepted, try again later");
            default -> new VdxpRefusal(VdxpErrorCode.INTERNAL_ERROR,
                    "unexpected failure in the gateway; nothing was accepted");
        };
    }

    /** A package of the wrong kind for its {@code messagetype} names that header rather than a REST path. */
    private static VdxpRefusal invalidPackage(List<Violation> violations) {
        if (violations.size() == 1 && List.of("document-expected", "status-expected")
                .contains(violations.get(0).ruleId().replace(":", ""))) {
            return VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, VdxpHeaders.header(VdxpHeaders.MESSAGE_TYPE),
                    "matches-the-package: " + (violations.get(0).ruleId().startsWith("document")
                            ? "a status package is sent with messagetype status"
                            : "a document is sent with messagetype edoc"), null);
        }
        VdxpErrorCode code = violations.stream().allMatch(v -> v.ruleId().startsWith("recipient-reachable"))
                ? VdxpErrorCode.UNKNOWN_RECIPIENT : VdxpErrorCode.INVALID_PACKAGE;
        String description = violations.stream().limit(MAX_VIOLATIONS).map(Violation::toString)
                .collect(Collectors.joining("; "));
        return new VdxpRefusal(code, violations.size() > MAX_VIOLATIONS
                ? description + "; " + (violations.size() - MAX_VIOLATIONS) + " more" : description);
    }

    private static String described(Refusal refusal) {
        return String.join("; ", refusal.reasons());
    }
}
