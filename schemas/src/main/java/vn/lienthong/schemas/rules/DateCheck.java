package vn.lienthong.schemas.rules;

import static vn.lienthong.schemas.rules.Findings.indexed;
import static vn.lienthong.schemas.rules.Findings.of;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

import vn.lienthong.schemas.edxml.MessageHeader;
import vn.lienthong.schemas.edxml.PromulgationInfo;
import vn.lienthong.schemas.model.EdxmlDates;
import vn.lienthong.schemas.model.ParsedPackage;

/**
 * Rules {@code date-format} and {@code not-in-future}: edXML dates are {@code yyyy/MM/dd}, times add
 * {@code HH:mm:ss}; the other forms producers write ({@link EdxmlDates}) are accepted too, as the reader does.
 */
final class DateCheck implements PackageCheck {

    /** "Today" is Vietnam's today: a document dated the 21st is not in the future at 01:00 on the 21st in Hanoi. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static final String DATE_RULE = "date-format " + EdxmlDates.DATE_FORMATS;
    static final String TIMESTAMP_RULE = "date-format " + EdxmlDates.TIMESTAMP_FORMATS;
    static final String DATE_OR_TIMESTAMP_RULE = "date-format " + EdxmlDates.DATE_OR_TIMESTAMP_FORMATS;

    private final Clock clock;

    DateCheck(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void check(ParsedPackage pkg, Findings findings) {
        MessageHeader header = pkg.header();
        String h = Findings.header(pkg);
        String promulgationPath = h + "PromulgationInfo/PromulgationDate";
        LocalDate promulgated = parse(promulgationPath,
                of(header.getPromulgationInfo(), PromulgationInfo::getPromulgationDate), EdxmlDates::date, DATE_RULE,
                findings);
        if (promulgated != null && promulgated.isAfter(LocalDate.ofInstant(clock.instant(), VIETNAM))) {
            findings.add(promulgationPath, "not-in-future", EdxmlDates.canonical(promulgated));
        }
        parse(h + "DueDate", header.getDueDate(), EdxmlDates::date, DATE_RULE, findings);
        for (int i = 0; i < header.getResponseFor().size(); i++) {
            parse(indexed(h + "ResponseFor", i) + "/PromulgationDate",
                    header.getResponseFor().get(i).getPromulgationDate(), EdxmlDates::dateOrTimestamp,
                    DATE_OR_TIMESTAMP_RULE, findings);
        }
        parse(h + "Timestamp", header.getTimestamp(), EdxmlDates::timestamp, TIMESTAMP_RULE, findings);
    }

    private static <T> T parse(String path, String raw, Function<String, Optional<T>> reader, String rule,
                               Findings findings) {
        String value = Findings.clean(raw);
        if (value == null) {
            return null;
        }
        Optional<T> read = reader.apply(value);
        if (read.isEmpty()) {
            findings.add(path, rule, value);
        }
        return read.orElse(null);
    }
}
