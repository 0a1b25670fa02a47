package vn.lienthong.benchmarks;

import org.HdrHistogram.Histogram;

/** What one measured run gave: throughput and latency percentiles, in the units the README quotes. */
record LoadResult(String name, int documents, double seconds, Histogram intake, Histogram endToEnd, int refused) {

    double docsPerSecond() {
        return documents / seconds;
    }

    String describe() {
        return String.format("%-34s %6d docs in %6.1f s = %7.1f docs/s | intake p50 %5.1f ms p99 %6.1f ms"
                        + " | end-to-end p50 %6.1f ms p99 %7.1f ms | refused %d",
                name, documents, seconds, docsPerSecond(), ms(intake, 50), ms(intake, 99),
                ms(endToEnd, 50), ms(endToEnd, 99), refused);
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
