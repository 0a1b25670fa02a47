package vn.lienthong.gateway.statistics;

import java.util.Map;
import java.util.TreeMap;

/**
 * Answer times (seconds from delivery to the answer) counted in log-scale buckets, so the median and 90th percentile
 * of many days are read from the days' histograms summed, without their rows. Each bucket holds the times in
 * (γ^(i-1), γ^i] and stands for 2γ^i/(γ+1), which is within {@link #RELATIVE_ERROR} of every time in it; a
 * percentile interpolated between two such values is within that share of the exact one, plus one second for the
 * rounding of both to whole seconds. Zero is a bucket of its own, and a negative time (a status that came in before
 * its delivery was recorded) is bucketed by its size with the sign kept.
 */
final class AnswerTimeHistogram {

    /** At most 1 % off the exact percentile (plus a second of rounding): a few hundred buckets for a year. */
    static final double RELATIVE_ERROR = 0.01;
    private static final double GAMMA = (1 + RELATIVE_ERROR) / (1 - RELATIVE_ERROR);

    /**
     * The bucket of {@code elapsed} in SQL common to H2 and PostgreSQL: 0 for zero, ±(i + 1) for a size in
     * (γ^(i-1), γ^i].
     */
    static String bucketSql(String elapsed) {
        String index = "cast(ceiling(ln(cast(abs(" + elapsed + ") as double precision)) / " + Math.log(GAMMA)
                + ") as integer) + 1";
        return "case when " + elapsed + " = 0 then 0 when " + elapsed + " > 0 then " + index + " else -(" + index
                + ") end";
    }

    /** The bucket {@link #bucketSql} gives {@code elapsed}, computed in Java. */
    static int bucket(long elapsed) {
        if (elapsed == 0) {
            return 0;
        }
        int index = (int) Math.ceil(Math.log(Math.abs((double) elapsed)) / Math.log(GAMMA)) + 1;
        return elapsed > 0 ? index : -index;
    }

    private final TreeMap<Integer, Long> counts = new TreeMap<>();

    void add(int bucket, long count) {
        counts.merge(bucket, count, Long::sum);
    }

    void addAll(AnswerTimeHistogram other) {
        other.counts.forEach(this::add);
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The {@code fraction} percentile as percentile_cont computes it, on the buckets' values; null when empty. */
    Long percentile(double fraction) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        double position = (total - 1) * fraction;
        long lower = (long) Math.floor(position);
        double low = valueAt(lower);
        double high = valueAt((long) Math.ceil(position));
        return Math.round(low + (position - lower) * (high - low));
    }

    /** The value of the {@code rank}-th time (from 0) in ascending order. */
    private double valueAt(long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : counts.entrySet()) {
            seen += bucket.getValue();
            if (rank < seen) {
                return value(bucket.getKey());
            }
        }
        throw new IllegalArgumentException("rank " + rank + " beyond " + seen + " times");
    }

    static double value(int bucket) {
        double size = 2 * Math.pow(GAMMA, Math.abs(bucket) - 1) / (GAMMA + 1);
        return bucket == 0 ? 0 : Math.signum(bucket) * size;
    }

    /** {@code bucket=count;…}, as statistics_days keeps it. */
    String encode() {
        return Counts.encode(counts);
    }

    static AnswerTimeHistogram decode(String text) {
        AnswerTimeHistogram histogram = new AnswerTimeHistogram();
        Counts.decode(text).forEach((bucket, count) -> histogram.add(Integer.parseInt(bucket), count));
        return histogram;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AnswerTimeHistogram h && h.counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }
}
