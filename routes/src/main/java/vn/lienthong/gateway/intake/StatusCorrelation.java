package vn.lienthong.gateway.intake;

import vn.lienthong.gateway.store.NewMessage;
import vn.lienthong.gateway.store.NewStatus;

/**
 * A status package matched with the document it answers: what to record, and the route back to the sender.
 *
 * @param status what the status says, tied to the document's message id
 * @param back the original sender's connector, which carries the status package on
 */
public record StatusCorrelation(NewStatus status, NewMessage.Route back) {
}
