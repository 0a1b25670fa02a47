package vn.lienthong.gateway.deadlines;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the working calendar once from its settings, so a bad date or period stops the start with its name. */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    @Bean
    WorkingCalendar workingCalendar(DeadlineProperties properties) {
        return calendar(properties.calendar());
    }

    static WorkingCalendar calendar(DeadlineProperties.Calendar settings) {
        return new WorkingCalendar(settings.zone(), settings.workingDays(),
                settings.hours().stream().map(WorkingHours::parse).toList(),
                CalendarDates.parse("lienthong.deadlines.calendar.holidays", settings.holidays()),
                CalendarDates.parse("lienthong.deadlines.calendar.working-dates", settings.workingDates()));
    }
}
