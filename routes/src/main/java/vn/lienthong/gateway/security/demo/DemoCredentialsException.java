package vn.lienthong.gateway.security.demo;

import java.util.List;

/** The gateway was configured with credentials published for the demo while the {@code demo} profile is off. */
public class DemoCredentialsException extends RuntimeException {

    private final List<String> findings;

    public DemoCredentialsException(List<String> findings) {
        super("Demo credentials configured outside the demo profile:\n - " + String.join("\n - ", findings));
        this.findings = List.copyOf(findings);
    }

    /** One line per credential: where it is configured, what it is, and what to do. */
    public List<String> findings() {
        return findings;
    }
}
