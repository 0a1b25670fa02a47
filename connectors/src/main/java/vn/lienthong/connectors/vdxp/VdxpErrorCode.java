package vn.lienthong.connectors.vdxp;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one table of the platform's answer codes and what a sender does about each: the code Lienthong writes in
 * {@code ErrorCode}, the HTTP status it answers with, and whether a delivery refused with it is retried.
 *
 * <p>What the sources show: {@code ErrorCode "0"} with {@code status "OK"} is success ({@code ErrorDesc "Thanh
 * cong"}), anything else with {@code status "FAIL"} is not (KnobstickServiceImp checks {@code "0"} and
 * {@code "FAIL"}; the SDK itself makes up {@code "100"} for a failed download). The platform's own failure codes
 * are published nowhere the project could read, so the codes below are Lienthong's choice, written by its VDXP
 * simulator and by its platform-compatible API, and read by its {@code vdxp} transport. The SDK reads the answer
 * whatever the HTTP status (HttpClient reads the entity, MultipartUtility the error stream), so refusals carry a
 * status that says what kind they are, for proxies and logs.
 *
 * <p>Retry rule for an answer from the real platform ({@link #classify}): success as above; a code of this table
 * decides by its own {@link #retried()} flag, except that HTTP 408, 429 and 5xx are always retried; an unknown
 * code is retried after HTTP 2xx (a FAIL the platform did not explain is taken as its own trouble: the delivery
 * ends DEAD, visible, after the connector's last attempt) and is a permanent refusal after any other 4xx.
 * Credentials errors are retried because fixing the secret or the clock mends them without touching the package.
 */
public enum VdxpErrorCode {

    /** Success. */
    OK("0", 200, false),
    /** A required header or signed key is missing, or a header disagrees with the signed JSON. */
    INVALID_HEADER("INVALID_HEADER", 400, false),
    /** The HMAC of {@code XroadVnpt-sign-header} does not match {@code XroadVnpt-hash-header}. */
    INVALID_SIGNATURE("INVALID_SIGNATURE", 401, true),
    /** No system with that {@code XroadVnpt-systemid} is registered. */
    UNKNOWN_SYSTEM("UNKNOWN_SYSTEM", 401, true),
    /** The signed timestamp is outside the receiver's freshness window. */
    STALE_TIMESTAMP("STALE_TIMESTAMP", 401, true),
    /** sendEdoc's body does not have the SHA-256 that {@code hash-file} announces. */
    INVALID_HASH_FILE("INVALID_HASH_FILE", 400, false),
    /** The package breaks a rule of edXML or of the exchange (element, rule and value in ErrorDesc). */
    INVALID_PACKAGE("INVALID_PACKAGE", 400, false),
    /** The sender is not one of the calling system's agencies. */
    SENDER_NOT_ALLOWED("SENDER_NOT_ALLOWED", 403, false),
    /** A recipient is reached by no system. */
    UNKNOWN_RECIPIENT("UNKNOWN_RECIPIENT", 400, false),
    /** The package is larger than the receiver takes. */
    PACKAGE_TOO_LARGE("PACKAGE_TOO_LARGE", 413, false),
    /** No package with that id waits for the caller. */
    NOT_FOUND("NOT_FOUND", 404, false),
    /** No such operation. */
    UNKNOWN_OPERATION("UNKNOWN_OPERATION", 404, false),
    /** The caller sends faster than its rate allows. */
    RATE_LIMITED("RATE_LIMITED", 429, true),
    /** The receiver cannot reach its durable store; nothing was accepted. */
    UNAVAILABLE("UNAVAILABLE", 503, true),
    /** An unexpected failure on the receiver's side. */
    INTERNAL_ERROR("INTERNAL_ERROR", 500, true);

    /** What the platform's answer means for a delivery. */
    public enum Verdict { ACCEPTED, TRANSIENT, PERMANENT }

    private final String code;
    private final int httpStatus;
    private final boolean retried;

    VdxpErrorCode(String code, int httpStatus, boolean retried) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.retried = retried;
    }

    /** The text of {@code ErrorCode}. */
    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Whether a delivery refused with this code is tried again. */
    public boolean retried() {
        return retried;
    }

    public static Optional<VdxpErrorCode> of(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }

    /** The retry rule of the class comment, applied to one answer. */
    public static Verdict classify(int httpStatus, String status, String errorCode) {
        if (httpStatus / 100 == 2 && "OK".equalsIgnoreCase(status) && OK.code.equals(errorCode)) {
            return Verdict.ACCEPTED;
        }
        if (httpStatus == 408 || httpStatus == 429 || httpStatus >= 500) {
            return Verdict.TRANSIENT;
        }
        Optional<VdxpErrorCode> known = of(errorCode).filter(value -> value != OK);
        if (known.isPresent()) {
            return known.get().retried ? Verdict.TRANSIENT : Verdict.PERMANENT;
        }
        return httpStatus / 100 == 4 ? Verdict.PERMANENT : Verdict.TRANSIENT;
    }
}
