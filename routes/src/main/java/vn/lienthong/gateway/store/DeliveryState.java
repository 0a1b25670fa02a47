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
    DELIVERED,
    /** The last attempt the connector's retry policy allows failed. */
    DEAD,
    /** The partner refused the package permanently. */
    REJECTED;

    public static final Set<DeliveryState> FINISHED = EnumSet.of(DELIVERED, DEAD, REJECTED);

    public boolean isFinished() {
        return FINISHED.contains(this);
    }
}
