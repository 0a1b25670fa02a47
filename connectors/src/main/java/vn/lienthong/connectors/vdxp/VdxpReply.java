package vn.lienthong.connectors.vdxp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import vn.lienthong.connectors.dispatch.DeliveryOutcome;

/**
 * One JSON answer of the national platform ({@code status}, {@code ErrorCode}, {@code ErrorDesc}, {@code DocId},
 * {@code data}) with the HTTP status it came with.
 */
public record VdxpReply(int httpStatus, String status, String errorCode, String errorDesc, String docId, JsonNode data) {

    /**
     * The {@code ErrorCode}s that mean the platform judged the request itself (bad package, bad authentication,
     * unknown recipient): sending the same bytes again would be refused again. EDXML.md does not list the
     * platform's codes, so any other FAIL is taken as the platform's own trouble and retried.
     */
    static final java.util.Set<String> VALIDATION_ERROR_CODES = java.util.Set.of(
            "INVALID_PACKAGE", "INVALID_HASH", "INVALID_SIGNATURE", "INVALID_HEADER", "UNKNOWN_RECIPIENT");

    /** Reads the platform's JSON; a body that is not JSON leaves the fields empty. */
    public static VdxpReply of(int httpStatus, JsonNode body) {
        JsonNode json = body == null ? MissingNode.getInstance() : body;
        return new VdxpReply(httpStatus, json.path("status").asText(""), json.path("ErrorCode").asText(""),
                json.path("ErrorDesc").asText(""), json.path("DocId").asText(""), json.path("data"));
    }

    /** {@code status} OK with {@code ErrorCode} "0": the only answer that counts as success. */
    public boolean ok() {
        return httpStatus / 100 == 2 && "OK".equalsIgnoreCase(status) && "0".equals(errorCode);
    }

    /** Accepted on OK; permanent on a validation code or a 4xx; transient on 5xx, 408, 429 or any other FAIL. */
    public DeliveryOutcome outcome() {
        if (ok()) {
            return DeliveryOutcome.accepted(httpStatus, "VDXP DocId " + docId);
        }
        String detail = "HTTP " + httpStatus + " " + (status.isEmpty() ? "(no JSON status)" : status)
                + (errorCode.isEmpty() ? "" : " ErrorCode " + errorCode)
                + (errorDesc.isEmpty() ? "" : ": " + errorDesc);
        if (httpStatus == 408 || httpStatus == 429 || httpStatus >= 500) {
            return DeliveryOutcome.transientFailure(httpStatus, detail);
        }
        if (VALIDATION_ERROR_CODES.contains(errorCode) || httpStatus / 100 == 4) {
            return DeliveryOutcome.permanentRefusal(httpStatus, detail);
        }
        return DeliveryOutcome.transientFailure(httpStatus, detail);
    }

    /** A short description of a failed call, for exceptions and logs. */
    public String describe() {
        return "HTTP " + httpStatus + " status " + status + " ErrorCode " + errorCode + " " + errorDesc;
    }
}
