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
 * @param soapPort port of the Can Lộc district office's SOAP e-office
 * @param vdxpPort port of the simulated national platform (VDXP)
 * @param lgspPort port of the simulated provincial platform (LGSP)
 * @param vdxpSecret the HMAC secret the national platform checks; the gateway reads the same from its environment
 * @param lgspClientId the client id the provincial platform issues tokens to
 * @param lgspClientSecret that client's secret; the gateway reads the same from its environment
 * @param lateFraction share of documents a clerk answers late (01 and then 03 or 02 each after {@code lateDelay})
 * @param lateDelay how long a late clerk waits, longer than the demo gateway's deadlines
 */
public record DemoSettings(int districtPort, int departmentPort, int ministryPort, Path schoolOutbox,
                           Path sequenceFile, Duration documentInterval, Duration clerkDelay, double rejectFraction,
                           int soapPort, int vdxpPort, int lgspPort, String vdxpSecret, String lgspClientId,
                           String lgspClientSecret, double lateFraction, Duration lateDelay) {

    /** DEMO ONLY: the secrets {@code ./lienthong demo} exports when the caller set none. Never use them elsewhere. */
    public static final String DEMO_VDXP_SECRET = "demo-only-vdxp-secret";
    public static final String DEMO_LGSP_SECRET = "demo-only-lgsp-secret";
    /** The environment variables the demo connector files name; the launcher exports them for both processes. */
    public static final String VDXP_SECRET_ENV = "VDXP_DEMO_SECRET";
    public static final String LGSP_SECRET_ENV = "LGSP_DEMO_SECRET";
    public static final String LGSP_CLIENT_ID = "sgddt-ha-tinh-demo";
    /** The system id {@code samples/demo/truc-quoc-gia.yaml} signs with on the simulated national platform. */
    public static final String VDXP_SYSTEM_ID = "sgddt-ha-tinh-demo";

    /** A demo whose clerks all answer at once. */
    public DemoSettings(int districtPort, int departmentPort, int ministryPort, Path schoolOutbox, Path sequenceFile,
                        Duration documentInterval, Duration clerkDelay, double rejectFraction, int soapPort,
                        int vdxpPort, int lgspPort, String vdxpSecret, String lgspClientId, String lgspClientSecret) {
        this(districtPort, departmentPort, ministryPort, schoolOutbox, sequenceFile, documentInterval, clerkDelay,
                rejectFraction, soapPort, vdxpPort, lgspPort, vdxpSecret, lgspClientId, lgspClientSecret, 0.0,
                Duration.ZERO);
    }

    /**
     * The launcher's demo, run from the repository root with {@code ./data-demo}: one document in five is answered
     * 40 s late, twice, past the demo gateway's deadlines (20 s to acknowledge, 1 min to register).
     */
    public static DemoSettings defaults() {
        return new DemoSettings(9001, 9002, 9003, Path.of("data-demo", "thpt-phan-dinh-phung", "outbox"),
                Path.of("data-demo", "demo-sequence"), Duration.ofSeconds(4), Duration.ofSeconds(3), 0.15,
                9004, 9005, 9006, env(VDXP_SECRET_ENV, DEMO_VDXP_SECRET), LGSP_CLIENT_ID,
                env(LGSP_SECRET_ENV, DEMO_LGSP_SECRET), 0.2, Duration.ofSeconds(40));
    }

    private static String env(String name, String demo) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? demo : value;
    }
}
