package vn.lienthong.gateway.operations;

import java.util.List;

/** What an operator action on one message changed, as the admin API answers it. */
public record OperatorActionResult(String messageId, String action, String messageState,
                                   List<DeliveryChange> deliveries, long auditSeq) {
}
