package vn.lienthong.gateway.statistics;

import java.util.Map;

/**
 * The figures of one unit (an agency or a connector) on one side of the exchange, for a report's period.
 *
 * @param direction SENT or RECEIVED; null on the totals row
 * @param unit the agency code or connector id; {@code *} on the totals row
 * @param name the unit's name as the documents or connector files give it, or null
 * @param documents documents (not status packages) received by the gateway in the period
 * @param delivered deliveries that reached the unit (or, for SENT, the document's recipients)
 * @param failed deliveries refused by the receiving system or abandoned by an operator
 * @param dead deliveries that ran out of attempts
 * @param pending deliveries not finished yet
 * @param signedBySender documents whose sender's signature the gateway verified as valid
 * @param signedByGateway documents the gateway signed as the sending organisation (sent unsigned)
 * @param unsigned the others: no signature, or one that could not be verified
 * @param pdfSigned documents whose PDF attachments carry valid signatures, as verified at intake (documents without a
 *     PDF, or whose PDFs are unsigned or invalid, are not counted)
 * @param statuses status packages the recipients sent about these documents, by status code
 * @param acknowledgement deadlines for status 01
 * @param registration deadlines for status 03
 * @param handling deadlines for status 06 by the documents' DueDate: {@code onTime} is "finished before DueDate"
 */
public record UnitStatistics(Direction direction, String unit, String name, long documents, long delivered,
                             long failed, long dead, long pending, long signedBySender, long signedByGateway,
                             long unsigned, Long pdfSigned, Map<String, Long> statuses,
                             DeadlineFigures acknowledgement, DeadlineFigures registration,
                             DeadlineFigures handling) {

    /** Signed by the sender or by the gateway, among all documents, 0 to 1; null without documents. */
    public Double signedShare() {
        return documents == 0 ? null : (double) (signedBySender + signedByGateway) / documents;
    }

    /** Every status package counted, whatever its code. */
    public long statusesReceived() {
        return statuses.values().stream().mapToLong(Long::longValue).sum();
    }

    public UnitStatistics named(String newName) {
        return new UnitStatistics(direction, unit, newName, documents, delivered, failed, dead, pending, signedBySender,
                signedByGateway, unsigned, pdfSigned, statuses, acknowledgement, registration, handling);
    }
}
