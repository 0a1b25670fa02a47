package vn.lienthong.simulators;

import java.time.Duration;

/**
 * Who a simulated clerk is and how they answer.
 *
 * @param agency the agency code the clerk's statuses come from (one of its connector's agencies)
 * @param organName the agency's name, written in the status's From
 * @param staff the clerk's name, written in StaffInfo
 * @param apiKey the partner API key the clerk's system posts statuses to the gateway with
 * @param registerDelay how long after 01 (arrived) the clerk answers 03 (registered) or 02 (rejected)
 * @param rejectFraction the share of documents rejected at random, 0 to 1
 * @param rejectMarker a subject containing this text is always rejected, so tests need no luck
 * @param lateFraction the share of documents, 0 to 1, that the clerk leaves waiting: 01 only after {@code lateDelay},
 *     03 or 02 another {@code lateDelay} later, so the gateway's deadline pages have late answers to show
 * @param lateDelay how long a late clerk leaves a document waiting, twice
 */
public record ClerkProfile(String agency, String organName, String staff, String apiKey, Duration registerDelay,
                           double rejectFraction, String rejectMarker, double lateFraction, Duration lateDelay) {

    /** The marker the demo puts in a subject to have it rejected. */
    public static final String DEFAULT_REJECT_MARKER = "(thử từ chối)";

    /** A clerk who answers every document at once. */
    public ClerkProfile(String agency, String organName, String staff, String apiKey, Duration registerDelay,
                        double rejectFraction, String rejectMarker) {
        this(agency, organName, staff, apiKey, registerDelay, rejectFraction, rejectMarker, 0.0, Duration.ZERO);
    }
}
