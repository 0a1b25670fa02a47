package vn.lienthong.gateway.statistics;

/**
 * One month of the trend line.
 *
 * @param month {@code yyyy-MM}
 * @param documents documents received that month
 * @param signed of which signed by their sender or by the gateway
 * @param registeredOnTime registration deadlines of that month's documents answered on time
 * @param registrationsJudged registration deadlines answered, late or overdue
 */
public record MonthTrend(String month, long documents, long signed, long registeredOnTime, long registrationsJudged) {

    /** Registered on time among those judged, 0 to 1; null when none. */
    public Double registrationOnTimeShare() {
        return registrationsJudged == 0 ? null : (double) registeredOnTime / registrationsJudged;
    }
}
