package vn.lienthong.gateway.store;

import java.util.EnumSet;
import java.util.Set;

/** Where one delivery (one message to one connector) stands. */
public enum DeliveryState {
    /** Waiting for its first attempt. */
    QUEUED,
    /** An attempt holds it until its lease ends. */
    IN_FLIGHT,
    /** Waiting for its next attempt after a transient failure. */
    RETRYING,
    /**
     * Waiting for an earlier version of the same document (same sender and DocumentId) to finish its delivery through
     * the same connector, so that an update never overtakes its original ({@code DocumentOrderGate}).
     */
    HELD,
    DELIVERED,
    /** The last attempt the connector's retry policy allows failed. */
    DEAD,
    /** The partner refused the package permanently. */
    REJECTED,
    /** An operator gave up on it, with a reason in the audit log; nothing will try it again. */
    ABANDONED;

    public static final Set<DeliveryState> FINISHED = EnumSet.of(DELIVERED, DEAD, REJECTED, ABANDONED);

    public boolean isFinished() {
        return FINISHED.contains(this);
    }
}
