package vn.lienthong.connectors.vdxp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import vn.lienthong.connectors.spi.DeliveryOutcome;

/**
 * One JSON answer of the national platform ({@code status}, {@code ErrorCode}, {@code ErrorDesc}, {@code DocId},
 * {@code data}) with the HTTP status it came with.
 */
public record VdxpReply(int httpStatus, String status, String errorCode, String errorDesc, String docId, JsonNode data) {

    /** Reads the platform's JSON; a body that is not JSON leaves the fields empty. */
    public static VdxpReply of(int httpStatus, JsonNode body) {
        JsonNode json = body == null ? MissingNode.getInstance() : body;
        return new VdxpReply(httpStatus, json.path("status").asText(""), json.path("ErrorCode").asText(""),
                json.path("ErrorDesc").asText(""), json.path("DocId").asText(""), json.path("data"));
    }

    /** {@code status} OK with {@code ErrorCode} "0" on a 2xx: the only answer that counts as success. */
    public boolean ok() {
        return verdict() == VdxpErrorCode.Verdict.ACCEPTED;
    }

    public VdxpErrorCode.Verdict verdict() {
        return VdxpErrorCode.classify(httpStatus, status, errorCode);
    }

    /** The delivery outcome by the one retry table, {@link VdxpErrorCode#classify}. */
    public DeliveryOutcome outcome() {
        return switch (verdict()) {
            case ACCEPTED -> DeliveryOutcome.accepted(httpStatus, "VDXP DocId " + docId);
            case PERMANENT -> DeliveryOutcome.permanentRefusal(httpStatus, describe());
            case TRANSIENT -> DeliveryOutcome.transientFailure(httpStatus, describe());
        };
    }

    /** A short description of a failed call, for attempts, exceptions and logs. */
    public String describe() {
        return "HTTP " + httpStatus + " " + (status.isEmpty() ? "(no JSON status)" : status)
                + (errorCode.isEmpty() ? "" : " ErrorCode " + errorCode)
                + (errorDesc.isEmpty() ? "" : ": " + errorDesc);
    }
}
