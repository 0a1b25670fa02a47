package vn.lienthong.simulators;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the demo network is laid out; the defaults match the connector files of {@code samples/demo/}.
 *
 * @param districtPort port of the Thạch Hà district office's e-office (0: any free port)
 * @param departmentPort port of the department's own e-office, which sends the documents and receives statuses
 * @param ministryPort port of the Ministry's system
 * @param schoolOutbox the school's outbox folder, where the gateway's folder transport writes
 * @param sequenceFile where the last document number is kept, so that a restarted demo sends new documents
 * @param documentInterval time between two documents
 * @param clerkDelay time between a clerk's 01 and their 03 or 02
 * @param rejectFraction share of documents a clerk rejects (02)
 */
public record DemoSettings(int districtPort, int departmentPort, int ministryPort, Path schoolOutbox,
                           Path sequenceFile, Duration documentInterval, Duration clerkDelay, double rejectFraction) {

    /** The launcher's demo, run from the repository root with {@code ./data-demo}. */
    public static DemoSettings defaults() {
        return new DemoSettings(9001, 9002, 9003, Path.of("data-demo", "thpt-phan-dinh-phung", "outbox"),
                Path.of("data-demo", "demo-sequence"), Duration.ofSeconds(4), Duration.ofSeconds(3), 0.15);
    }
}
