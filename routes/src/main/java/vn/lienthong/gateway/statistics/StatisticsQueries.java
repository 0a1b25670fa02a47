package vn.lienthong.gateway.statistics;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The grouped counts a statistics report is built from, each one pass over the period's rows: documents and
 * deliveries, status packages, deadlines, answer-time percentiles, and the month buckets of the trend.
 */
@Repository
public class StatisticsQueries {

    /** Documents and their deliveries of one unit. */
    record DeliveryRow(String unit, long documents, long signedBySender, long signedByGateway, long pdfSigned,
                       long delivered, long failed, long dead, long deliveries) {
    }

    /** One count of a unit's rows by a code (status code, or deadline kind and state). */
    record CodeCount(String unit, String code, long count) {
    }

    /** Answer-time percentiles of one unit and deadline kind. */
    record Percentiles(String unit, String kind, Long median, Long p90) {
    }

    private final JdbcClient jdbc;

    public StatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static final String VALID = "case when m.signature_outcome = 'VALID' then 1 else 0 end";
    static final String BY_GATEWAY = "case when m.signed_by_gateway and coalesce(m.signature_outcome, '') "
            + "<> 'VALID' then 1 else 0 end";
    /** Documents whose PDF attachments' signatures were all verified valid at intake (messages.pdf_signatures). */
    static final String PDF_SIGNED = "case when m.pdf_signatures = 'SIGNED_VALID' then 1 else 0 end";

    /**
     * Deliveries by state, and the documents they carry. A side whose rows are one per document and unit (a
     * recipient's row, a connector's delivery) counts its documents on the same pass; a sender's documents, which
     * have several deliveries each, are counted from the messages alone ({@link #documents}), as counting distinct
     * ids over the join costs more than the rest of the query.
     */
    List<DeliveryRow> deliveries(UnitDimension dimension, Instant from, Instant to) {
        String unit = dimension.deliveryUnit;
        List<DeliveryRow> rows = jdbc.sql("select " + UnitDimension.select(unit) + ", count(*), sum(" + VALID
                        + "), sum(" + BY_GATEWAY + "), sum(" + PDF_SIGNED + "), "
                        + "sum(case when d.state = 'DELIVERED' then 1 else 0 end), "
                        + "sum(case when d.state in ('REJECTED', 'ABANDONED') then 1 else 0 end), "
                        + "sum(case when d.state = 'DEAD' then 1 else 0 end), count(*) from " + dimension.deliveries
                        + " where m.kind = 'DOCUMENT' and m.received_at >= ? and m.received_at < ?"
                        + UnitDimension.groupBy(unit, ""))
                .params(utc(from), utc(to))
                .query((rs, n) -> new DeliveryRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
                .list();
        if (dimension.direction == Direction.RECEIVED) {
            return rows;
        }
        Map<String, long[]> documents = documents(dimension.documentUnit, from, to);
        return rows.stream().map(r -> {
            long[] d = documents.getOrDefault(r.unit(), new long[4]);
            return new DeliveryRow(r.unit(), d[0], d[1], d[2], d[3], r.delivered(), r.failed(), r.dead(),
                    r.deliveries());
        }).toList();
    }

    /**
     * Documents, signed by their sender, signed by the gateway, with validly signed PDFs, per sender (or all), from
     * the messages alone.
     */
    private Map<String, long[]> documents(String unit, Instant from, Instant to) {
        Map<String, long[]> documents = new HashMap<>();
        jdbc.sql("select " + UnitDimension.select(unit) + ", count(*), sum(" + VALID + "), sum(" + BY_GATEWAY
                        + "), sum(" + PDF_SIGNED + ") from messages m where m.kind = 'DOCUMENT' and m.received_at >= ?"
                        + " and m.received_at < ?"
                        + UnitDimension.groupBy(unit, ""))
                .params(utc(from), utc(to))
                .query((rs, n) -> documents.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)}))
                .list();
        return documents;
    }

    List<CodeCount> statuses(UnitDimension dimension, Instant from, Instant to) {
        String unit = dimension.statusUnit;
        return jdbc.sql("select " + UnitDimension.select(unit) + ", s.status_code, count(*) from "
                        + dimension.statuses + " where m.received_at >= ? and m.received_at < ?"
                        + UnitDimension.groupBy(unit, "s.status_code"))
                .params(utc(from), utc(to))
                .query((rs, n) -> new CodeCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Deadline counts by unit, as codes {@code KIND/STATE}. */
    List<CodeCount> deadlines(UnitDimension dimension, Instant from, Instant to) {
        String unit = dimension.deadlineUnit;
        return jdbc.sql("select " + UnitDimension.select(unit) + ", dl.kind, dl.state, count(*) from deadlines dl "
                        + "where dl.received_at >= ? and dl.received_at < ?"
                        + UnitDimension.groupBy(unit, "dl.kind, dl.state"))
                .params(utc(from), utc(to))
                .query((rs, n) -> new CodeCount(rs.getString(1), rs.getString(2) + "/" + rs.getString(3),
                        rs.getLong(4)))
                .list();
    }

    /** Median and 90th percentile of the seconds from delivery to the answer, for acknowledgement and registration. */
    List<Percentiles> answerTimes(UnitDimension dimension, Instant from, Instant to) {
        String unit = dimension.deadlineUnit;
        return jdbc.sql("select " + UnitDimension.select(unit) + """
                        , dl.kind,
                            percentile_cont(0.5) within group (order by dl.elapsed_seconds),
                            percentile_cont(0.9) within group (order by dl.elapsed_seconds)
                        from deadlines dl
                        where dl.received_at >= ? and dl.received_at < ? and dl.elapsed_seconds is not null
                            and dl.kind in ('ACKNOWLEDGEMENT', 'REGISTRATION')""" + UnitDimension.groupBy(unit, "dl.kind"))
                .params(utc(from), utc(to))
                .query((rs, n) -> new Percentiles(rs.getString(1), rs.getString(2), seconds(rs.getObject(3)),
                        seconds(rs.getObject(4))))
                .list();
    }

    /**
     * Per month bucket: documents, signed documents, registrations judged, registrations answered on time; where
     * {@code bounds} are the buckets' starts followed by the last one's end. One pass over each table, whatever
     * the number of months.
     */
    Map<Integer, long[]> monthBuckets(List<Instant> bounds) {
        Map<Integer, long[]> buckets = new HashMap<>();
        bucketed(bounds, "m.received_at", "case when m.signature_outcome = 'VALID' or m.signed_by_gateway then 1 "
                + "else 0 end", "messages m where m.kind = 'DOCUMENT'", buckets, 0);
        bucketed(bounds, "dl.received_at", "case when dl.state = 'ON_TIME' then 1 else 0 end",
                "deadlines dl where dl.kind = 'REGISTRATION' and dl.state in ('ON_TIME', 'LATE', 'OVERDUE')",
                buckets, 2);
        return buckets;
    }

    /** Adds each bucket's row count to its slot {@code slot} and its sum of {@code flag} to {@code slot + 1}. */
    private void bucketed(List<Instant> bounds, String column, String flag, String fromWhere,
                          Map<Integer, long[]> buckets, int slot) {
        List<Object> params = new ArrayList<>();
        String bucket = bucket(column, bounds, params);
        params.add(utc(bounds.get(0)));
        params.add(utc(bounds.get(bounds.size() - 1)));
        jdbc.sql("select b, count(*), sum(f) from (select " + bucket + " as b, " + flag + " as f from " + fromWhere
                        + " and " + column + " >= ? and " + column + " < ?) t group by b")
                .params(params)
                .query((rs, n) -> {
                    long[] counts = buckets.computeIfAbsent(rs.getInt(1), b -> new long[4]);
                    counts[slot] += rs.getLong(2);
                    counts[slot + 1] += rs.getLong(3);
                    return counts;
                })
                .list();
    }

    /** {@code case when column < bound1 then 0 when column < bound2 then 1 … end}, its bounds added to params. */
    static String bucket(String column, List<Instant> bounds, List<Object> params) {
        StringBuilder sql = new StringBuilder("case");
        for (int i = 1; i < bounds.size(); i++) {
            sql.append(" when ").append(column).append(" < ? then ").append(i - 1);
            params.add(utc(bounds.get(i)));
        }
        return sql.append(" end").toString();
    }

    private static Long seconds(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue());
    }
}
