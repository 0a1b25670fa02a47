package vn.lienthong.connectors.spi;

/** What one delivery attempt ended with, as the retry policy needs to see it. */
public record DeliveryOutcome(Result result, Integer httpStatus, String detail) {

    /** The three outcomes ARCHITECTURE.md distinguishes. */
    public enum Result {
        /** The partner took the package. */
        ACCEPTED,
        /** Worth trying again later: network errors, timeouts, overload. */
        TRANSIENT_FAILURE,
        /** The partner refused the package itself; trying again would give the same answer. */
        PERMANENT_REFUSAL
    }

    public static DeliveryOutcome accepted(Integer httpStatus, String detail) {
        return new DeliveryOutcome(Result.ACCEPTED, httpStatus, detail);
    }

    public static DeliveryOutcome transientFailure(Integer httpStatus, String detail) {
        return new DeliveryOutcome(Result.TRANSIENT_FAILURE, httpStatus, detail);
    }

    public static DeliveryOutcome permanentRefusal(Integer httpStatus, String detail) {
        return new DeliveryOutcome(Result.PERMANENT_REFUSAL, httpStatus, detail);
    }
}
