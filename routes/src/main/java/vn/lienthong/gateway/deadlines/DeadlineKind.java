package vn.lienthong.gateway.deadlines;

import java.util.Set;

/**
 * The three deadlines a delivered document sets its recipient, and which status codes (EDXML.md §4) answer each:
 * the one table to correct if practice reads the codes otherwise.
 */
public enum DeadlineKind {
    /**
     * Status 01 (arrived) within {@code lienthong.deadlines.acknowledgement}: any later status of the handling also
     * shows the document arrived, so it answers this one too.
     */
    ACKNOWLEDGEMENT("01", Set.of("01", "02", "03", "04", "05", "06", "15", "16"), Set.of()),
    /**
     * Status 03 (entered in the incoming register) within {@code lienthong.deadlines.registration}. A rejection (02)
     * is the clerk's answer at the same step, so it answers it as well; an agreed withdrawal (15) cancels it.
     */
    REGISTRATION("03", Set.of("02", "03", "04", "05", "06"), Set.of("15")),
    /** Status 06 (handling finished) by the document's own DueDate; a rejected or withdrawn document is not handled. */
    HANDLING("06", Set.of("06"), Set.of("02", "15"));

    private final String statusCode;
    private final Set<String> answeredBy;
    private final Set<String> cancelledBy;

    DeadlineKind(String statusCode, Set<String> answeredBy, Set<String> cancelledBy) {
        this.statusCode = statusCode;
        this.answeredBy = answeredBy;
        this.cancelledBy = cancelledBy;
    }

    /** The status code this deadline asks for. */
    public String statusCode() {
        return statusCode;
    }

    /** The status codes that meet this deadline. */
    public Set<String> answeredBy() {
        return answeredBy;
    }

    /** The status codes that close this deadline, answering or cancelling it. */
    public Set<String> closingCodes() {
        Set<String> codes = new java.util.HashSet<>(answeredBy);
        codes.addAll(cancelledBy);
        return codes;
    }

    public boolean isAnsweredBy(String code) {
        return answeredBy.contains(code);
    }

    public boolean isCancelledBy(String code) {
        return cancelledBy.contains(code);
    }
}
