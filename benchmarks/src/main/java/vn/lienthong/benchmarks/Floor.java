package vn.lienthong.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import vn.lienthong.schemas.EdxmlValidator;
import vn.lienthong.signatures.MessageSigner;

/**
 * The CPU a document cannot do without, measured on one thread in this run: the hardened parse with XSD and rules
 * of intake, and signing as the organisation, of the very package a scenario posts. A gateway's CPU per document is
 * read against it.
 */
final class Floor {

    private static final long WARM_UP_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final long MEASURE_NANOS = TimeUnit.SECONDS.toNanos(3);

    private Floor() {
    }

    /** Milliseconds of one core per document: parsing and validating it, and signing it. */
    record Figures(double parseValidateMs, double signMs) {

        double totalMs() {
            return parseValidateMs + signMs;
        }

        String describe(String scenario) {
            return String.format("floor %s: parse + XSD + rules %.2f ms, sign %.2f ms = %.2f ms of one core per "
                    + "document", scenario, parseValidateMs, signMs, totalMs());
        }
    }

    static Figures measure(MessageSigner signer, byte[] unsigned) {
        EdxmlValidator validator = new EdxmlValidator(Clock.systemUTC());
        return new Figures(cpuMsPerRun(() -> validator.validate(unsigned)), cpuMsPerRun(() -> signer.sign(unsigned)));
    }

    /** The thread's CPU time per run of {@code work}, after a warm-up that lets the JIT compile it. */
    private static double cpuMsPerRun(Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            work.run();
        }
        long runs = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long end = System.nanoTime() + MEASURE_NANOS;
        while (System.nanoTime() < end) {
            work.run();
            runs++;
        }
        return (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / runs;
    }
}
