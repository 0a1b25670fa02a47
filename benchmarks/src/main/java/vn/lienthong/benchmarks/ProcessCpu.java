package vn.lienthong.benchmarks;

import java.time.Duration;

/** The CPU time a process (the gateway) has used so far, read from the operating system; zero when it cannot tell. */
final class ProcessCpu {

    private final long pid;

    ProcessCpu(long pid) {
        this.pid = pid;
    }

    /** All the process's threads' CPU time until now: user and system, JIT and garbage collection included. */
    Duration used() {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /** Milliseconds of CPU per document between {@code before} and now; NaN when nothing was measured. */
    double msPerDocument(Duration before, int documents) {
        Duration spent = used().minus(before);
        return documents == 0 || spent.isZero() ? Double.NaN : spent.toNanos() / 1e6 / documents;
    }
}
