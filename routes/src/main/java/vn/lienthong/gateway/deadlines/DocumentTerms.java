package vn.lienthong.gateway.deadlines;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a document's header says about its deadlines and who its parties are.
 *
 * @param priority {@code OtherInfo/Priority} (0 normal … 4), 0 when absent or unreadable
 * @param dueDate {@code DueDate}, or null when the document sets none
 * @param recipientNames each recipient's {@code To/OrganName} by its {@code To/OrganId}
 */
public record DocumentTerms(int priority, LocalDate dueDate, Map<String, String> recipientNames) {

    public static final DocumentTerms NONE = new DocumentTerms(0, null, Map.of());
}
