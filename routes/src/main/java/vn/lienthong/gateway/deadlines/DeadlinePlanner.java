package vn.lienthong.gateway.deadlines;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** Works out when each deadline of a delivered document falls due, from its priority and DueDate. */
@Component
public class DeadlinePlanner {

    /** One deadline to record: which kind, and when it falls due. */
    public record Planned(DeadlineKind kind, Instant dueAt) {
    }

    private final DeadlineProperties properties;
    private final WorkingCalendar calendar;

    public DeadlinePlanner(DeadlineProperties properties, WorkingCalendar calendar) {
        this.properties = properties;
        this.calendar = calendar;
    }

    /** Acknowledgement and registration always; handling only when the document names a DueDate. */
    public List<Planned> plan(Instant deliveredAt, DocumentTerms terms) {
        List<Planned> planned = new ArrayList<>(3);
        planned.add(new Planned(DeadlineKind.ACKNOWLEDGEMENT,
                calendar.due(deliveredAt, properties.acknowledgementFor(terms.priority()))));
        planned.add(new Planned(DeadlineKind.REGISTRATION,
                calendar.due(deliveredAt, properties.registrationFor(terms.priority()))));
        if (terms.dueDate() != null) {
            planned.add(new Planned(DeadlineKind.HANDLING, calendar.endOfDay(terms.dueDate())));
        }
        return planned;
    }
}
