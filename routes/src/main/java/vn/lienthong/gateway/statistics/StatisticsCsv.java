package vn.lienthong.gateway.statistics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads Vietnamese names right), a header
 * row in the reader's language, one row per unit and side, then the totals; times in minutes, shares in percent.
 */
@Component
public class StatisticsCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One column: its header's message key and how a row fills it. */
    private record Column(String key, Function<UnitStatistics, Object> value) {
    }

    private final MessageSource messages;

    public StatisticsCsv(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(StatisticsReport report, Locale locale) {
        List<Column> columns = columns(locale);
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(columns.stream().map(c -> messages.getMessage("stats.csv." + c.key(), null, locale)));
            for (UnitStatistics row : report.rows()) {
                csv.printRecord(columns.stream().map(c -> c.value().apply(row)));
            }
            csv.printRecord(columns.stream().map(c -> c.value().apply(report.totals())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        return withBom;
    }

    private List<Column> columns(Locale locale) {
        String total = messages.getMessage("stats.total", null, locale);
        NumberFormat percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(1);
        percent.setMinimumFractionDigits(1);
        List<Column> columns = new ArrayList<>(List.of(
                new Column("direction", r -> r.direction() == null ? total
                        : messages.getMessage("stats.direction." + r.direction(), null, locale)),
                new Column("unit", r -> "*".equals(r.unit()) ? "" : r.unit()),
                new Column("name", r -> r.name() == null ? "" : r.name()),
                new Column("documents", UnitStatistics::documents),
                new Column("delivered", UnitStatistics::delivered),
                new Column("failed", UnitStatistics::failed),
                new Column("dead", UnitStatistics::dead),
                new Column("pending", UnitStatistics::pending),
                new Column("signedBySender", UnitStatistics::signedBySender),
                new Column("signedByGateway", UnitStatistics::signedByGateway),
                new Column("unsigned", UnitStatistics::unsigned),
                new Column("signedShare", r -> share(r.signedShare(), percent)),
                new Column("pdfSigned", r -> r.pdfSigned() == null ? "" : r.pdfSigned()),
                new Column("statuses", UnitStatistics::statusesReceived)));
        deadlineColumns(columns, "acknowledgement", UnitStatistics::acknowledgement, true);
        deadlineColumns(columns, "registration", UnitStatistics::registration, true);
        deadlineColumns(columns, "handling", UnitStatistics::handling, false);
        return columns;
    }

    private static void deadlineColumns(List<Column> columns, String kind, Function<UnitStatistics, DeadlineFigures> of,
                                        boolean timed) {
        columns.add(new Column(kind + ".onTime", r -> of.apply(r).onTime()));
        columns.add(new Column(kind + ".late", r -> of.apply(r).late()));
        columns.add(new Column(kind + ".overdue", r -> of.apply(r).overdue()));
        columns.add(new Column(kind + ".open", r -> of.apply(r).open()));
        if (timed) {
            columns.add(new Column(kind + ".median", r -> minutes(of.apply(r).medianSeconds())));
            columns.add(new Column(kind + ".p90", r -> minutes(of.apply(r).p90Seconds())));
        }
    }

    private static Object minutes(Long seconds) {
        return seconds == null ? "" : Math.round(seconds / 60.0);
    }

    private static Object share(Double share, NumberFormat percent) {
        return share == null ? "" : percent.format(share * 100);
    }
}
