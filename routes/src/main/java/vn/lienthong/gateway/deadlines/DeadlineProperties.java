package vn.lienthong.gateway.deadlines;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code lienthong.deadlines.*} settings: how long recipients have to acknowledge and to register a delivered
 * document, shorter for priority documents, counted on the department's working calendar.
 *
 * @param enabled false records no deadline for new deliveries and checks none (those already held stay as they are)
 * @param acknowledgement how long a recipient has to report status 01 (arrived) after delivery: working time such
 *     as {@code 4h}, or working days such as {@code 1 working day}
 * @param registration how long a recipient has to report 03 (entered in the register) after delivery; the default
 *     {@code 1 working day} means by the end of the working day after the day of arrival
 * @param priorities shorter terms for documents whose {@code OtherInfo/Priority} is this code (1 khẩn, 2 thượng
 *     khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ); a term left out falls back to the normal one
 * @param checkInterval how often open deadlines are compared with the clock (on one instance at a time) and the
 *     ones past due marked overdue, which raises their alerts
 * @param calendar the working calendar deadlines are counted on
 */
@ConfigurationProperties(prefix = "lienthong.deadlines")
public record DeadlineProperties(@DefaultValue("true") boolean enabled,
                                 @DefaultValue("4h") DeadlineTerm acknowledgement,
                                 @DefaultValue("1 working day") DeadlineTerm registration,
                                 Map<Integer, PriorityTerms> priorities,
                                 @DefaultValue("1m") Duration checkInterval,
                                 @DefaultValue Calendar calendar) {

    public DeadlineProperties {
        priorities = priorities == null ? Map.of() : Map.copyOf(priorities);
    }

    /** The acknowledgement term for a document of this priority. */
    public DeadlineTerm acknowledgementFor(int priority) {
        PriorityTerms terms = priorities.get(priority);
        return terms == null || terms.acknowledgement() == null ? acknowledgement : terms.acknowledgement();
    }

    /** The registration term for a document of this priority. */
    public DeadlineTerm registrationFor(int priority) {
        PriorityTerms terms = priorities.get(priority);
        return terms == null || terms.registration() == null ? registration : terms.registration();
    }

    /**
     * The terms of one priority.
     *
     * @param acknowledgement status 01 within this, instead of the normal term; null keeps the normal one
     * @param registration status 03 within this, instead of the normal term; null keeps the normal one
     */
    public record PriorityTerms(DeadlineTerm acknowledgement, DeadlineTerm registration) {
    }

    /**
     * The working calendar.
     *
     * @param zone the zone working hours and dates are read in
     * @param workingDays the days of a working week
     * @param hours the working periods of a working day, {@code HH:mm-HH:mm}; time between them (lunch) is not
     *     counted
     * @param holidays public holidays and days off in lieu, {@code yyyy-MM-dd} or a range
     *     {@code yyyy-MM-dd..yyyy-MM-dd}: to be brought up to date each year from the Government's announcement
     * @param workingDates compensatory working days that fall outside the working week (a Saturday worked in
     *     exchange for a bridge day off), same format
     */
    public record Calendar(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
                           @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"})
                           Set<DayOfWeek> workingDays,
                           @DefaultValue({"07:30-11:30", "13:00-17:00"}) List<String> hours,
                           List<String> holidays,
                           List<String> workingDates) {

        public Calendar {
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
            workingDates = workingDates == null ? List.of() : List.copyOf(workingDates);
        }
    }
}
