package vn.lienthong.gateway.store;

/** Where a whole message stands, derived from the states of its deliveries. */
public enum MessageState {
    /** Committed; no delivery attempted yet. */
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
    ABANDONED
}
