package vn.lienthong.simulators;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs simulated partner systems on their own: {@code rest PORT [PORT ...]}, {@code vdxp PORT} (the national
 * platform; system id from {@code VDXP_SYSTEM_ID}, its HMAC secret from {@code VDXP_SECRET}) or {@code lgsp PORT} (a provincial platform; client
 * {@code LGSP_CLIENT_ID} / {@code LGSP_CLIENT_SECRET}). Demo credentials are used when those are unset.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !List.of("rest", "vdxp", "lgsp").contains(args[0])
                || (!"rest".equals(args[0]) && args.length != 2)) {
            System.err.println("usage: SimulatorMain rest PORT [PORT ...] | vdxp PORT | lgsp PORT");
            System.exit(2);
        }
        List<AutoCloseable> simulators = new ArrayList<>();
        switch (args[0]) {
            case "vdxp" -> {
                VdxpPlatformSimulator vdxp = VdxpPlatformSimulator.start(Integer.parseInt(args[1]),
                        env("VDXP_SYSTEM_ID", "sgddt-ha-tinh"), env("VDXP_SECRET", "demo-vdxp-secret"));
                simulators.add(vdxp);
                System.out.println("Simulated national platform (VDXP) listening on " + vdxp.endpoint());
            }
            case "lgsp" -> {
                LgspSimulator lgsp = LgspSimulator.start(Integer.parseInt(args[1]),
                        env("LGSP_CLIENT_ID", "lienthong-demo"), env("LGSP_CLIENT_SECRET", "demo-lgsp-secret"));
                simulators.add(lgsp);
                System.out.println("Simulated provincial platform (LGSP) " + lgsp.endpoint() + ", token "
                        + lgsp.tokenUrl());
            }
            default -> startRest(args, simulators);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> simulators.forEach(SimulatorMain::closeQuietly)));
        new CountDownLatch(1).await();
    }

    private static void startRest(String[] args, List<AutoCloseable> simulators) throws Exception {
        for (int i = 1; i < args.length; i++) {
            RestPartnerSimulator simulator = RestPartnerSimulator.start(Integer.parseInt(args[i]));
            simulators.add(simulator);
            simulator.onReceive(p -> System.out.printf("%s nhận gói tin %d byte, X-Lienthong-Message-Id %s%n",
                    simulator.endpoint(), p.body().length, p.messageId()));
            System.out.println("Simulated partner e-office listening on " + simulator.endpoint());
        }
    }

    private static String env(String name, String demo) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? demo : value;
    }

    private static void closeQuietly(AutoCloseable simulator) {
        try {
            simulator.close();
        } catch (Exception e) {
            System.err.println("closing " + simulator + ": " + e);
        }
    }
}
