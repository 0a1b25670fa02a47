package vn.lienthong.gateway.statistics;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a report needs of one unit over one day or more, in one grouping: the sums a statistics_days row keeps, which
 * add up day by day to the same figures as the live queries over the days together.
 */
final class UnitCounts {

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
    /** By {@code KIND/STATE}. */
    final Map<String, Long> deadlines = new TreeMap<>();
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
        other.deadlines.forEach((code, count) -> deadlines.merge(code, count, Long::sum));
        acknowledgementTimes.addAll(other.acknowledgementTimes);
        registrationTimes.addAll(other.registrationTimes);
    }

    AnswerTimeHistogram times(String kind) {
        return "ACKNOWLEDGEMENT".equals(kind) ? acknowledgementTimes : registrationTimes;
    }

    long deadlines(String kind, String state) {
        return deadlines.getOrDefault(kind + "/" + state, 0L);
    }
}
