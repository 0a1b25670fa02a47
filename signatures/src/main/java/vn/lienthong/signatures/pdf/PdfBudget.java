package vn.lienthong.signatures.pdf;

import java.io.IOException;
import java.lang.management.ManagementFactory;

/**
 * The time and allocation one PDF's verification may still spend, shared by every reader of that PDF; once spent
 * it stays spent, so that a lenient parser swallowing one failure cannot carry on.
 */
final class PdfBudget {

    private final long deadline;
    private final long allocationLimit;
    private final long allocatedAtStart;
    private String spent;

    PdfBudget(PdfLimits limits) {
        this.deadline = System.nanoTime() + limits.timeBudget().toNanos();
        this.allocationLimit = limits.allocationBudget();
        this.allocatedAtStart = allocatedByThisThread();
    }

    /** Why the verification must stop, or null while it is within budget. */
    String spent() {
        if (spent == null) {
            if (System.nanoTime() - deadline > 0) {
                spent = "verification took longer than its time budget";
            } else if (allocatedAtStart >= 0 && allocatedByThisThread() - allocatedAtStart > allocationLimit) {
                spent = "verification needed more memory than its budget of " + (allocationLimit >> 20) + " MB";
            }
        }
        return spent;
    }

    /** Throws once the budget is spent. */
    void require() throws IOException {
        if (spent() != null) {
            throw new IOException("PDF verification stopped: " + spent);
        }
    }

    /** Bytes this thread allocated so far (the JVM counts them per thread); -1 where the JVM cannot tell. */
    private static long allocatedByThisThread() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            return threads.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }
}
