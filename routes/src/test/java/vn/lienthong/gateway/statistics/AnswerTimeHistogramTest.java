package vn.lienthong.gateway.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AnswerTimeHistogramTest {

    @Test
    void percentilesOfBucketedTimesAreWithinTheStatedErrorOfTheExactOnes() {
        Random random = new Random(20261203);
        for (int sample = 0; sample < 200; sample++) {
            int size = 1 + random.nextInt(2000);
            long[] times = new long[size];
            AnswerTimeHistogram histogram = new AnswerTimeHistogram();
            for (int i = 0; i < size; i++) {
                // From seconds to months, log-uniform, some answered at once and a few before the delivery's record.
                times[i] = random.nextInt(20) == 0 ? 0 : Math.round(Math.exp(random.nextDouble() * Math.log(1e7)));
                if (random.nextInt(50) == 0) {
                    times[i] = -times[i];
                }
                histogram.add(AnswerTimeHistogram.bucket(times[i]), 1);
            }
            Arrays.sort(times);
            for (double fraction : new double[] {0.5, 0.9}) {
                double exact = percentileCont(times, fraction);
                assertThat(histogram.percentile(fraction)).as("%s of %d times", fraction, size)
                        .isCloseTo(Math.round(exact), org.assertj.core.data.Offset.offset(
                                (long) Math.floor(AnswerTimeHistogram.RELATIVE_ERROR * Math.abs(exact)) + 1));
            }
        }
    }

    @Test
    void everyTimeIsWithinTheStatedErrorOfItsBucketsValue() {
        for (long elapsed = -5000; elapsed <= 5_000_000; elapsed += elapsed < 10_000 ? 1 : 997) {
            double value = AnswerTimeHistogram.value(AnswerTimeHistogram.bucket(elapsed));
            assertThat(Math.abs(value - elapsed)).as("%d s", elapsed)
                    .isLessThanOrEqualTo(AnswerTimeHistogram.RELATIVE_ERROR * Math.abs(elapsed) + 1e-9);
        }
    }

    @Test
    void aHistogramReadsBackAsWrittenAndSumsWithAnother() {
        AnswerTimeHistogram one = new AnswerTimeHistogram();
        one.add(AnswerTimeHistogram.bucket(3600), 3);
        one.add(AnswerTimeHistogram.bucket(0), 1);
        AnswerTimeHistogram other = AnswerTimeHistogram.decode(one.encode());
        assertThat(other).isEqualTo(one);
        other.addAll(one);
        assertThat(other.percentile(0.5)).isEqualTo(one.percentile(0.5));
        assertThat(other.encode()).isEqualTo("0=2;" + AnswerTimeHistogram.bucket(3600) + "=6");
        assertThat(new AnswerTimeHistogram().percentile(0.5)).isNull();
    }

    /** As PostgreSQL's and H2's percentile_cont: interpolated between the two nearest ranks. */
    private static double percentileCont(long[] sorted, double fraction) {
        double position = (sorted.length - 1) * fraction;
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }
}
