package vn.lienthong.simulators;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Runs simulated partner systems on their own: {@code rest PORT [PORT ...]}. */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !"rest".equals(args[0])) {
            System.err.println("usage: SimulatorMain rest PORT [PORT ...]");
            System.exit(2);
        }
        List<RestPartnerSimulator> simulators = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            RestPartnerSimulator simulator = RestPartnerSimulator.start(Integer.parseInt(args[i]));
            simulators.add(simulator);
            simulator.onReceive(p -> System.out.printf("%s nhận gói tin %d byte, X-Lienthong-Message-Id %s%n",
                    simulator.endpoint(), p.body().length, p.messageId()));
            System.out.println("Simulated partner e-office listening on " + simulator.endpoint());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> simulators.forEach(RestPartnerSimulator::close)));
        new CountDownLatch(1).await();
    }
}
