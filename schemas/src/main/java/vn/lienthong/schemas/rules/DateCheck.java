package vn.lienthong.schemas.rules;

import static vn.lienthong.schemas.rules.Findings.HEADER;
import static vn.lienthong.schemas.rules.Findings.indexed;
import static vn.lienthong.schemas.rules.Findings.of;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalQuery;

import vn.lienthong.schemas.edxml.MessageHeader;
import vn.lienthong.schemas.edxml.PromulgationInfo;
import vn.lienthong.schemas.model.ParsedPackage;

/** Rules {@code date-format} and {@code not-in-future}: edXML dates are {@code yyyy/MM/dd}, times add {@code HH:mm:ss}. */
final class DateCheck implements PackageCheck {

    /** "Today" is Vietnam's today: a document dated the 21st is not in the future at 01:00 on the 21st in Hanoi. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static final String DATE_PATTERN = "yyyy/MM/dd";
    static final String TIMESTAMP_PATTERN = "yyyy/MM/dd HH:mm:ss";

    // uuuu rather than yyyy because STRICT resolution of yyyy would also demand an era.
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private final Clock clock;

    DateCheck(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void check(ParsedPackage pkg, Findings findings) {
        MessageHeader header = pkg.header();
        String promulgationPath = HEADER + "PromulgationInfo/PromulgationDate";
        LocalDate promulgated = date(promulgationPath,
                of(header.getPromulgationInfo(), PromulgationInfo::getPromulgationDate), findings);
        if (promulgated != null && promulgated.isAfter(LocalDate.ofInstant(clock.instant(), VIETNAM))) {
            findings.add(promulgationPath, "not-in-future", promulgated.format(DATE));
        }
        date(HEADER + "DueDate", header.getDueDate(), findings);
        for (int i = 0; i < header.getResponseFor().size(); i++) {
            date(indexed(HEADER + "ResponseFor", i) + "/PromulgationDate",
                    header.getResponseFor().get(i).getPromulgationDate(), findings);
        }
        parse(HEADER + "Timestamp", header.getTimestamp(), TIMESTAMP, TIMESTAMP_PATTERN, findings, t -> t);
    }

    private static LocalDate date(String path, String raw, Findings findings) {
        return parse(path, raw, DATE, DATE_PATTERN, findings, LocalDate::from);
    }

    private static <T> T parse(String path, String raw, DateTimeFormatter format, String pattern, Findings findings,
                               TemporalQuery<T> query) {
        String value = Findings.clean(raw);
        if (value == null) {
            return null;
        }
        try {
            return format.parse(value, query);
        } catch (DateTimeParseException e) {
            findings.add(path, "date-format " + pattern, value);
            return null;
        }
    }
}
