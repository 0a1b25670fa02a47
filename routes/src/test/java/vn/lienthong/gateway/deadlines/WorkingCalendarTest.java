package vn.lienthong.gateway.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Deadline arithmetic on the department's calendar: weekends, lunch, the end of the day, holidays and Tết. */
class WorkingCalendarTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final WorkingCalendar CALENDAR = DeadlineConfiguration.calendar(new DeadlineProperties.Calendar(
            VIETNAM, Set.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY,
                    java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY),
            List.of("07:30-11:30", "13:00-17:00"),
            // Tết Bính Ngọ 2026 (Monday 16 to Friday 20 February), 30/4 and 1/5/2026.
            List.of("2026-02-16..2026-02-20", "2026-04-30", "2026-05-01", "2025-05-02"),
            // Saturday 26 April 2025 was worked in exchange for Friday 2 May.
            List.of("2025-04-26")));
    private static final Duration FOUR_HOURS = Duration.ofHours(4);

    @Test
    void workingHoursSkipTheLunchBreak() {
        assertThat(CALENDAR.plusWorkingTime(at("2026-11-23T09:00"), FOUR_HOURS)).isEqualTo(at("2026-11-23T14:30"));
        assertThat(CALENDAR.plusWorkingTime(at("2026-11-23T12:10"), Duration.ofHours(1)))
                .isEqualTo(at("2026-11-23T14:00"));
    }

    @Test
    void aDeadlineThatUsesUpTheMorningEndsAtItsEndNotAfterLunch() {
        assertThat(CALENDAR.plusWorkingTime(at("2026-11-23T07:30"), FOUR_HOURS)).isEqualTo(at("2026-11-23T11:30"));
    }

    @Test
    void theEndOfTheDayCarriesOverToTheNextWorkingDay() {
        assertThat(CALENDAR.plusWorkingTime(at("2026-11-24T15:00"), FOUR_HOURS)).isEqualTo(at("2026-11-25T09:30"));
        assertThat(CALENDAR.plusWorkingTime(at("2026-11-24T18:45"), FOUR_HOURS)).isEqualTo(at("2026-11-25T11:30"));
    }

    @Test
    void weekendsDoNotCount() {
        // Friday 27 November 2026, 16:00: one hour on Friday, three on Monday morning.
        assertThat(CALENDAR.plusWorkingTime(at("2026-11-27T16:00"), FOUR_HOURS)).isEqualTo(at("2026-11-30T10:30"));
        assertThat(CALENDAR.plusWorkingTime(at("2026-11-28T10:00"), FOUR_HOURS)).isEqualTo(at("2026-11-30T11:30"));
    }

    @Test
    void publicHolidaysDoNotCount() {
        // Wednesday 29 April 2026, 16:00: 30/4 and 1/5 are holidays, then the weekend.
        assertThat(CALENDAR.plusWorkingTime(at("2026-04-29T16:00"), FOUR_HOURS)).isEqualTo(at("2026-05-04T10:30"));
        assertThat(CALENDAR.endOfWorkingDay(at("2026-04-29T10:00"), 1)).isEqualTo(at("2026-05-04T17:00"));
    }

    @Test
    void tetStopsTheClockForAWholeWeek() {
        // Friday 13 February 2026 (26 tháng Chạp), 15:00: two hours that day, the rest after Tết on Monday 23.
        Instant beforeTet = at("2026-02-13T15:00");
        assertThat(CALENDAR.plusWorkingTime(beforeTet, FOUR_HOURS)).isEqualTo(at("2026-02-23T09:30"));
        assertThat(CALENDAR.endOfWorkingDay(beforeTet, 1)).isEqualTo(at("2026-02-23T17:00"));
        assertThat(CALENDAR.isWorkingDate(LocalDate.of(2026, 2, 17))).isFalse();
        // Delivered during Tết: it counts as arriving on the first working day after it.
        assertThat(CALENDAR.endOfWorkingDay(at("2026-02-18T09:00"), 1)).isEqualTo(at("2026-02-24T17:00"));
    }

    @Test
    void aCompensatoryWorkingSaturdayCounts() {
        assertThat(CALENDAR.isWorkingDate(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(CALENDAR.plusWorkingTime(at("2025-04-25T16:00"), FOUR_HOURS)).isEqualTo(at("2025-04-26T10:30"));
    }

    @Test
    void theNextWorkingDayEndsAtClosingTime() {
        assertThat(CALENDAR.endOfWorkingDay(at("2026-11-23T10:00"), 1)).isEqualTo(at("2026-11-24T17:00"));
        // After closing time the document counts as arriving the next morning.
        assertThat(CALENDAR.endOfWorkingDay(at("2026-11-23T17:30"), 1)).isEqualTo(at("2026-11-25T17:00"));
        assertThat(CALENDAR.endOfWorkingDay(at("2026-11-29T10:00"), 1)).isEqualTo(at("2026-12-01T17:00"));
        assertThat(CALENDAR.endOfWorkingDay(at("2026-11-23T16:55"), 0)).isEqualTo(at("2026-11-23T17:00"));
    }

    @Test
    void aDueDateMayBeMetUntilMidnightInVietnam() {
        assertThat(CALENDAR.endOfDay(LocalDate.of(2026, 12, 5))).isEqualTo(Instant.parse("2026-12-05T16:59:59Z"));
    }

    @Test
    void aTermIsWorkingTimeOrWorkingDays() {
        assertThat(CALENDAR.due(at("2026-11-23T09:00"), DeadlineTerm.valueOf("4h"))).isEqualTo(at("2026-11-23T14:30"));
        assertThat(CALENDAR.due(at("2026-11-23T09:00"), DeadlineTerm.valueOf("1 working day")))
                .isEqualTo(at("2026-11-24T17:00"));
        assertThat(DeadlineTerm.valueOf("0 working days")).isEqualTo(DeadlineTerm.ofWorkingDays(0));
        assertThat(DeadlineTerm.valueOf("PT30M")).isEqualTo(DeadlineTerm.ofWorkingTime(Duration.ofMinutes(30)));
        assertThat(DeadlineTerm.valueOf("2 working days")).hasToString("2 working days");
        assertThatThrownBy(() -> DeadlineTerm.valueOf("sớm")).hasMessageContaining("'sớm' is not a deadline");
    }

    @Test
    void aRoundTheClockCalendarCountsEveryMinute() {
        WorkingCalendar always = new WorkingCalendar(VIETNAM, Set.of(java.time.DayOfWeek.values()),
                List.of(WorkingHours.parse("00:00-24:00")), Set.of(), Set.of());
        assertThat(always.plusWorkingTime(at("2026-11-28T23:00"), Duration.ofMinutes(90)))
                .isEqualTo(at("2026-11-29T00:30"));
    }

    @Test
    void aBadCalendarIsRefusedWithThePropertyNamed() {
        assertThatThrownBy(() -> WorkingHours.parse("7h30-11h30"))
                .hasMessageContaining("lienthong.deadlines.calendar.hours: '7h30-11h30'");
        assertThatThrownBy(() -> WorkingHours.parse("13:00-11:30")).hasMessageContaining("start before they end");
        assertThatThrownBy(() -> new WorkingCalendar(VIETNAM, Set.of(java.time.DayOfWeek.MONDAY),
                List.of(WorkingHours.parse("07:30-12:00"), WorkingHours.parse("11:00-17:00")), Set.of(), Set.of()))
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> CalendarDates.parse("lienthong.deadlines.calendar.holidays", List.of("30/04/2026")))
                .hasMessageContaining("'30/04/2026' is not a date");
        assertThatThrownBy(() -> CalendarDates.parse("x", List.of("2026-02-20..2026-02-16")))
                .hasMessageContaining("not a range");
    }

    private static Instant at(String vietnamTime) {
        return LocalDateTime.parse(vietnamTime).atZone(VIETNAM).toInstant();
    }
}
