package vn.lienthong.schemas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;

class DateCheckTest {

    private static final String PROMULGATION = "MessageHeader/PromulgationInfo/PromulgationDate";

    private final PackageRules rules = new PackageRules(Fixtures.TODAY);

    @Test
    void todayIsNotTheFuture() {
        assertThat(rules.check(letterDated("2026/11/21"))).isEmpty();
    }

    @Test
    void tomorrowIs() {
        assertThat(rules.check(letterDated("2026/11/22")))
                .containsExactly(new Violation(PROMULGATION, "not-in-future", "2026/11/22"));
    }

    @Test
    void todayIsJudgedInVietnamNotInUtc() {
        // 18:00 UTC on the 20th is already 01:00 on the 21st in Hanoi.
        Clock lateUtcEvening = Clock.fixed(Instant.parse("2026-11-20T18:00:00Z"), ZoneOffset.UTC);

        assertThat(new PackageRules(lateUtcEvening).check(letterDated("2026/11/21"))).isEmpty();
        assertThat(new PackageRules(lateUtcEvening).check(letterDated("2026/11/22")))
                .extracting(Violation::rule).containsExactly("not-in-future");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20", "2026/11/31", "2026/02/29", "2026/1/5", "26/11/20", "31/11/2026",
            "20-11-2026", "2026/11/20 10:00:00", "hôm nay"})
    void anythingButYyyyMmDdOrDdMmYyyyIsAFormatError(String written) {
        assertThat(rules.check(letterDated(written)))
                .containsExactly(new Violation(PROMULGATION, "date-format yyyy/MM/dd (or dd/MM/yyyy)", written));
    }

    @Test
    void dayFirstAsBkavWritesItIsADateToo() {
        assertThat(rules.check(letterDated("20/11/2026"))).isEmpty();
        assertThat(rules.check(letterDated("22/11/2026")))
                .containsExactly(new Violation(PROMULGATION, "not-in-future", "2026/11/22"));
    }

    @Test
    void aLeapDayIsADate() {
        assertThat(rules.check(letterDated("2024/02/29"))).isEmpty();
    }

    @Test
    void dueDateFormat() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.header().setDueDate("05.12.2026");

        assertThat(rules.check(letter)).containsExactly(
                new Violation("MessageHeader/DueDate", "date-format yyyy/MM/dd (or dd/MM/yyyy)", "05.12.2026"));
    }

    @Test
    void statusTimestampFormat() {
        ParsedPackage status = Fixtures.parsed("valid-status-03.xml");
        status.header().setTimestamp("2026-11-21T08:15:00");

        assertThat(rules.check(status)).containsExactly(new Violation("Status/Timestamp",
                "date-format yyyy/MM/dd HH:mm:ss (or dd/MM/yyyy HH:mm:ss)", "2026-11-21T08:15:00"));
    }

    @Test
    void responseForDateFormat() {
        ParsedPackage status = Fixtures.parsed("valid-status-03.xml");
        status.header().getResponseFor().get(0).setPromulgationDate("2026/13/01");

        assertThat(rules.check(status)).containsExactly(new Violation("Status/ResponseFor[1]/PromulgationDate",
                "date-format yyyy/MM/dd (or dd/MM/yyyy, or either with HH:mm:ss)", "2026/13/01"));
    }

    @Test
    void responseForDateMayBeADateTimeAsJaxbBuiltStatusesWriteIt() {
        ParsedPackage status = Fixtures.parsed("valid-status-03.xml");
        status.header().getResponseFor().get(0).setPromulgationDate("2026/11/20 00:00:00");

        assertThat(rules.check(status)).isEmpty();
    }

    private static ParsedPackage letterDated(String date) {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.header().getPromulgationInfo().setPromulgationDate(date);
        return letter;
    }
}
