package vn.lienthong.gateway.store;

/** Where a whole message stands, derived from the states of its deliveries once the process stage made them. */
public enum MessageState {
    /** Committed; waiting for the process stage, or no delivery attempted yet. */
    ACCEPTED,
    /** At least one delivery attempted and at least one not finished. */
    DELIVERING,
    /** Every delivery accepted by its partner. */
    DELIVERED,
    /** At least one delivery ran out of attempts. */
    DEAD,
    /** At least one partner refused the package permanently, none ran out of attempts. */
    REJECTED,
    /** Every delivery finished, at least one abandoned by an operator, none dead or refused. */
    ABANDONED,
    /** The process stage could not prepare it (the signing key unusable, or it kept failing): no delivery made. */
    FAILED
}
