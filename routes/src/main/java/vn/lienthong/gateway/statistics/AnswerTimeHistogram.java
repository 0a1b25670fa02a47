package vn.lienthong.gateway.statistics;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;

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

    /** Counts of buckets 0, 1, 2, … and of buckets -1, -2, …, grown as needed: a year adds up many of them. */
    private long[] positive = new long[0];
    private long[] negative = new long[0];

    void add(int bucket, long count) {
        if (bucket >= 0) {
            positive = grown(positive, bucket);
            positive[bucket] += count;
        } else {
            negative = grown(negative, -bucket - 1);
            negative[-bucket - 1] += count;
        }
    }

    void addAll(AnswerTimeHistogram other) {
        positive = grown(positive, other.positive.length - 1);
        for (int i = 0; i < other.positive.length; i++) {
            positive[i] += other.positive[i];
        }
        negative = grown(negative, other.negative.length - 1);
        for (int i = 0; i < other.negative.length; i++) {
            negative[i] += other.negative[i];
        }
    }

    /** Adds the counts of {@link #encode}'s text, read straight into the buckets. */
    void addEncoded(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(';', start);
            if (end < 0) {
                end = text.length();
            }
            int equals = text.indexOf('=', start);
            add(Integer.parseInt(text, start, equals, 10), Long.parseLong(text, equals + 1, end, 10));
            start = end + 1;
        }
    }

    private static long[] grown(long[] counts, int index) {
        return index < counts.length ? counts : Arrays.copyOf(counts, Math.max(index + 1, counts.length * 2));
    }

    boolean isEmpty() {
        return total() == 0;
    }

    private long total() {
        return LongStream.of(positive).sum() + LongStream.of(negative).sum();
    }

    /** The {@code fraction} percentile as percentile_cont computes it, on the buckets' values; null when empty. */
    Long percentile(double fraction) {
        long total = total();
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
        for (int i = negative.length - 1; i >= 0; i--) {
            seen += negative[i];
            if (rank < seen) {
                return value(-i - 1);
            }
        }
        for (int i = 0; i < positive.length; i++) {
            seen += positive[i];
            if (rank < seen) {
                return value(i);
            }
        }
        throw new IllegalArgumentException("rank " + rank + " beyond " + seen + " times");
    }

    /** The buckets with their counts, from the lowest value up. */
    private Map<Integer, Long> counts() {
        Map<Integer, Long> counts = new TreeMap<>();
        for (int i = 0; i < negative.length; i++) {
            if (negative[i] != 0) {
                counts.put(-i - 1, negative[i]);
            }
        }
        for (int i = 0; i < positive.length; i++) {
            if (positive[i] != 0) {
                counts.put(i, positive[i]);
            }
        }
        return counts;
    }

    static double value(int bucket) {
        double size = 2 * Math.pow(GAMMA, Math.abs(bucket) - 1) / (GAMMA + 1);
        return bucket == 0 ? 0 : Math.signum(bucket) * size;
    }

    /** {@code bucket=count;…}, as statistics_days keeps it. */
    String encode() {
        return Counts.encode(counts());
    }

    static AnswerTimeHistogram decode(String text) {
        AnswerTimeHistogram histogram = new AnswerTimeHistogram();
        histogram.addEncoded(text);
        return histogram;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AnswerTimeHistogram h && h.counts().equals(counts());
    }

    @Override
    public int hashCode() {
        return counts().hashCode();
    }
}
