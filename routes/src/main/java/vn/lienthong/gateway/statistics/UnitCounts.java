package vn.lienthong.gateway.statistics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a report needs of one unit over one day or more, in one grouping: the sums a statistics_days row keeps, which
 * add up day by day to the same figures as the live queries over the days together.
 */
final class UnitCounts {

    /** The deadlines' kinds (DeadlineKind) and states (DeadlineState), in the order of statistics_days' columns. */
    static final List<String> KINDS = List.of("ACKNOWLEDGEMENT", "REGISTRATION", "HANDLING");
    static final List<String> STATES = List.of("ON_TIME", "LATE", "OVERDUE", "OPEN", "CANCELLED");

    long documents;
    long signedBySender;
    long signedByGateway;
    long pdfSigned;
    /** Delivery rows of the unit's documents (as the grouping joins them): a unit without any has no delivery row. */
    long deliveries;
    long delivered;
    long failed;
    long dead;
    final Map<String, Long> statuses = new TreeMap<>();
    /** By kind and state, at {@link #slot}: a fixed array, as a year sums hundreds of thousands of them. */
    final long[] deadlines = new long[KINDS.size() * STATES.size()];
    final AnswerTimeHistogram acknowledgementTimes = new AnswerTimeHistogram();
    final AnswerTimeHistogram registrationTimes = new AnswerTimeHistogram();

    void addAll(UnitCounts other) {
        documents += other.documents;
        signedBySender += other.signedBySender;
        signedByGateway += other.signedByGateway;
        pdfSigned += other.pdfSigned;
        deliveries += other.deliveries;
        delivered += other.delivered;
        failed += other.failed;
        dead += other.dead;
        other.statuses.forEach((code, count) -> statuses.merge(code, count, Long::sum));
        for (int i = 0; i < deadlines.length; i++) {
            deadlines[i] += other.deadlines[i];
        }
        acknowledgementTimes.addAll(other.acknowledgementTimes);
        registrationTimes.addAll(other.registrationTimes);
    }

    AnswerTimeHistogram times(String kind) {
        return "ACKNOWLEDGEMENT".equals(kind) ? acknowledgementTimes : registrationTimes;
    }

    long deadlines(String kind, String state) {
        return deadlines[slot(kind, state)];
    }

    static int slot(String kind, String state) {
        int k = KINDS.indexOf(kind);
        int s = STATES.indexOf(state);
        if (k < 0 || s < 0) {
            throw new IllegalArgumentException("no deadline " + kind + "/" + state);
        }
        return k * STATES.size() + s;
    }

    boolean hasDeadlines() {
        for (long count : deadlines) {
            if (count > 0) {
                return true;
            }
        }
        return false;
    }

    /** As {@link StatisticsQueries#deadlines} counts them: {@code KIND/STATE}, those there are. */
    Map<String, Long> deadlineCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < deadlines.length; i++) {
            if (deadlines[i] > 0) {
                counts.put(KINDS.get(i / STATES.size()) + "/" + STATES.get(i % STATES.size()), deadlines[i]);
            }
        }
        return counts;
    }
}
