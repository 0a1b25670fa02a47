package vn.lienthong.benchmarks;

import org.HdrHistogram.Histogram;

/**
 * What one measured run gave: throughput, latency percentiles and the gateway's CPU per document (NaN until
 * measured), in the units the README quotes.
 */
record LoadResult(String name, int documents, double seconds, Histogram intake, Histogram endToEnd, int refused,
                  double cpuMsPerDocument) {

    LoadResult(String name, int documents, double seconds, Histogram intake, Histogram endToEnd, int refused) {
        this(name, documents, seconds, intake, endToEnd, refused, Double.NaN);
    }

    /** A scenario that was not run this time: no documents, every figure NaN. */
    static LoadResult none(String name) {
        return new LoadResult(name + " (not run)", 0, Double.NaN, new Histogram(1000, 1), new Histogram(1000, 1), 0);
    }

    /** This result with the gateway's CPU per document measured over the run. */
    LoadResult withCpu(double msPerDocument) {
        return new LoadResult(name, documents, seconds, intake, endToEnd, refused, msPerDocument);
    }

    double docsPerSecond() {
        return documents / seconds;
    }

    double intakeMs(double percentile) {
        return ms(intake, percentile);
    }

    double endToEndMs(double percentile) {
        return ms(endToEnd, percentile);
    }

    String describe() {
        return String.format("%-36s %6d docs in %6.1f s = %7.1f docs/s | intake p50 %6.1f ms p99 %7.1f ms"
                        + " | end-to-end p50 %7.1f ms p99 %7.1f ms | refused %d | gateway CPU %.2f ms/doc",
                name, documents, seconds, docsPerSecond(), intakeMs(50), intakeMs(99), endToEndMs(50),
                endToEndMs(99), refused, cpuMsPerDocument);
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
