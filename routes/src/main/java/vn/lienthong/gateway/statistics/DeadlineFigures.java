package vn.lienthong.gateway.statistics;

/**
 * How one kind of deadline went for a unit's documents.
 *
 * @param onTime answered at or before the due time
 * @param late answered after it
 * @param overdue past due and still unanswered
 * @param open not answered yet, not due yet
 * @param cancelled no longer asked for (document rejected or withdrawn)
 * @param medianSeconds median time from delivery to the answer, over answered ones; null when none
 * @param p90Seconds 90th percentile of that time; null when none
 */
public record DeadlineFigures(long onTime, long late, long overdue, long open, long cancelled, Long medianSeconds,
                              Long p90Seconds) {

    public static final DeadlineFigures NONE = new DeadlineFigures(0, 0, 0, 0, 0, null, null);

    /** Answered on time among those answered or overdue, 0 to 1; null when there are none. */
    public Double onTimeShare() {
        long judged = onTime + late + overdue;
        return judged == 0 ? null : (double) onTime / judged;
    }
}
