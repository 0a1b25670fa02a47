package vn.lienthong.gateway.store;

import java.util.List;

/**
 * The answer of the store to an intake: the message id, and whether it is a re-post of a package already held.
 *
 * @param deliveries the work to queue; empty for a duplicate, whose work was queued the first time
 */
public record AcceptedMessage(String id, MessageState state, boolean duplicate, List<QueuedDelivery> deliveries) {
}
