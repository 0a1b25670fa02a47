package vn.lienthong.gateway.deadlines;

/** Where one deadline stands. */
public enum DeadlineState {
    /** Not answered yet, and not past its due time at the last check. */
    OPEN,
    /** Not answered, and past its due time: the recipient is late and an alert is raised. */
    OVERDUE,
    /** Answered at or before its due time. */
    ON_TIME,
    /** Answered after its due time. */
    LATE,
    /** No longer asked for: the document was rejected or withdrawn before it was handled. */
    CANCELLED;

    public boolean isOpen() {
        return this == OPEN || this == OVERDUE;
    }
}
